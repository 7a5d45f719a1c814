"""ai crews and approvals: agent tasks, approval objects, agent sandbox settings

Revision ID: 5d2e8b9a4c61
Revises: c3a1f0e2b7d4
Create Date: 2026-11-22 05:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '5d2e8b9a4c61'
down_revision: str | None = 'c3a1f0e2b7d4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('ai_agent_run',
    sa.Column('agent', sa.String(length=60), nullable=False),
    sa.Column('crew', sa.String(length=60), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('input', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('progress', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('result', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('refusals', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('trigger_kind', sa.String(length=20), nullable=False),
    sa.Column('trigger_id', sa.String(length=64), nullable=True),
    sa.Column('celery_task_id', sa.String(length=64), nullable=True),
    sa.Column('attempts', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.Column('time_limit_seconds', sa.Integer(), nullable=False),
    sa.Column('cancel_requested', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('deadline_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_ai_agent_run_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ai_agent_run'))
    )
    op.create_index('ix_ai_agent_run_org_created', 'ai_agent_run', ['organization_id', 'created_at', 'id'], unique=False)
    op.create_index(op.f('ix_ai_agent_run_organization_id'), 'ai_agent_run', ['organization_id'], unique=False)
    op.create_table('ai_agent_sandbox',
    sa.Column('agent', sa.String(length=60), nullable=False),
    sa.Column('sandbox', sa.Boolean(), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_ai_agent_sandbox_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ai_agent_sandbox')),
    sa.UniqueConstraint('organization_id', 'agent', name=op.f('uq_ai_agent_sandbox_organization_id_agent'))
    )
    op.create_index(op.f('ix_ai_agent_sandbox_organization_id'), 'ai_agent_sandbox', ['organization_id'], unique=False)
    op.create_table('ai_approval',
    sa.Column('run_id', sa.UUID(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('payload', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('decided_by', sa.UUID(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_ai_approval_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['ai_agent_run.id'], name=op.f('fk_ai_approval_run_id_ai_agent_run'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ai_approval'))
    )
    op.create_index('ix_ai_approval_org_status_created', 'ai_approval', ['organization_id', 'status', 'created_at', 'id'], unique=False)
    op.create_index(op.f('ix_ai_approval_organization_id'), 'ai_approval', ['organization_id'], unique=False)
    op.create_index(op.f('ix_ai_approval_run_id'), 'ai_approval', ['run_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_ai_approval_run_id'), table_name='ai_approval')
    op.drop_index(op.f('ix_ai_approval_organization_id'), table_name='ai_approval')
    op.drop_index('ix_ai_approval_org_status_created', table_name='ai_approval')
    op.drop_table('ai_approval')
    op.drop_index(op.f('ix_ai_agent_sandbox_organization_id'), table_name='ai_agent_sandbox')
    op.drop_table('ai_agent_sandbox')
    op.drop_index(op.f('ix_ai_agent_run_organization_id'), table_name='ai_agent_run')
    op.drop_index('ix_ai_agent_run_org_created', table_name='ai_agent_run')
    op.drop_table('ai_agent_run')
