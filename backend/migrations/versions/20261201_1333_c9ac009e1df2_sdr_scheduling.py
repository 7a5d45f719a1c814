"""sdr scheduling: planned send slots, owners, demo leads, acceptance, replies, and manual (LinkedIn, call) tasks

Revision ID: c9ac009e1df2
Revises: 049a261a06bd
Create Date: 2026-12-01 13:33:22.183640+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql


revision: str = 'c9ac009e1df2'
down_revision: str | None = '049a261a06bd'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sdr_task',
    sa.Column('enrollment_id', sa.UUID(), nullable=False),
    sa.Column('step_index', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('assignee_id', sa.UUID(), nullable=True),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('outcome', sa.String(length=10), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['enrollment_id'], ['sdr_enrollment.id'], name=op.f('fk_sdr_task_enrollment_id_sdr_enrollment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_sdr_task_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sdr_task')),
    sa.UniqueConstraint('enrollment_id', 'step_index', name=op.f('uq_sdr_task_enrollment_id_step_index'))
    )
    op.create_index('ix_sdr_task_open', 'sdr_task', ['organization_id', 'due_at'], unique=False, postgresql_where=sa.text('done_at IS NULL'))
    op.create_index(op.f('ix_sdr_task_organization_id'), 'sdr_task', ['organization_id'], unique=False)
    op.add_column('sdr_enrollment', sa.Column('owner_id', sa.UUID(), nullable=True))
    op.add_column('sdr_enrollment', sa.Column('send_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('sdr_enrollment', sa.Column('facts', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False))
    op.add_column('sdr_enrollment', sa.Column('demo', sa.Boolean(), server_default=sa.text('false'), nullable=False))
    op.add_column('sdr_enrollment', sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True))
    op.create_index('ix_sdr_enrollment_due', 'sdr_enrollment', ['next_at'], unique=False, postgresql_where=sa.text("status = 'active' AND run_id IS NULL"))
    op.add_column('sdr_enrollment', sa.Column('replied_at', sa.DateTime(timezone=True), nullable=True))
    op.create_index('ix_sdr_enrollment_replied', 'sdr_enrollment', ['organization_id', 'replied_at', 'id'], unique=False, postgresql_where=sa.text('replied_at IS NOT NULL'))
    op.create_index('ix_sdr_enrollment_lead', 'sdr_enrollment', ['organization_id', 'lead_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_sdr_enrollment_lead', table_name='sdr_enrollment')
    op.drop_index('ix_sdr_enrollment_replied', table_name='sdr_enrollment', postgresql_where=sa.text('replied_at IS NOT NULL'))
    op.drop_column('sdr_enrollment', 'replied_at')
    op.drop_index('ix_sdr_enrollment_due', table_name='sdr_enrollment', postgresql_where=sa.text("status = 'active' AND run_id IS NULL"))
    op.drop_column('sdr_enrollment', 'accepted_at')
    op.drop_column('sdr_enrollment', 'demo')
    op.drop_column('sdr_enrollment', 'facts')
    op.drop_column('sdr_enrollment', 'send_at')
    op.drop_column('sdr_enrollment', 'owner_id')
    op.drop_index(op.f('ix_sdr_task_organization_id'), table_name='sdr_task')
    op.drop_index('ix_sdr_task_open', table_name='sdr_task', postgresql_where=sa.text('done_at IS NULL'))
    op.drop_table('sdr_task')
