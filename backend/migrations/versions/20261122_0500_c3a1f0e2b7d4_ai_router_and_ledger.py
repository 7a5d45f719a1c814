"""ai router and ledger: model choices, prompts, agent runs, LLM calls, budgets

Revision ID: c3a1f0e2b7d4
Revises: eb70c64facaa
Create Date: 2026-11-22 05:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c3a1f0e2b7d4'
down_revision: str | None = 'eb70c64facaa'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('ai_agent_setting',
    sa.Column('agent', sa.String(length=64), nullable=False),
    sa.Column('models', sa.ARRAY(sa.String(length=64)), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('daily_budget_usd', sa.Numeric(precision=12, scale=4), nullable=True),
    sa.Column('daily_limit_usd', sa.Numeric(precision=12, scale=4), nullable=True),
    sa.Column('daily_token_limit', sa.Integer(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_ai_agent_setting_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ai_agent_setting')),
    sa.UniqueConstraint('organization_id', 'agent', name=op.f('uq_ai_agent_setting_organization_id_agent'))
    )
    op.create_index(op.f('ix_ai_agent_setting_organization_id'), 'ai_agent_setting', ['organization_id'], unique=False)
    op.create_table('ai_llm_call',
    sa.Column('agent', sa.String(length=64), nullable=False),
    sa.Column('run_id', sa.UUID(), nullable=True),
    sa.Column('task', sa.Enum('message', 'reason', 'classify', 'summary', 'extract', 'draft', 'agent_step', name='ai_task_kind', native_enum=False, length=32), nullable=False),
    sa.Column('provider', sa.String(length=32), nullable=False),
    sa.Column('model', sa.String(length=120), nullable=False),
    sa.Column('prompt_id', sa.String(length=120), nullable=True),
    sa.Column('prompt_version', sa.Integer(), nullable=True),
    sa.Column('input', sa.Text(), nullable=False),
    sa.Column('output', sa.Text(), nullable=True),
    sa.Column('input_tokens', sa.Integer(), nullable=False),
    sa.Column('output_tokens', sa.Integer(), nullable=False),
    sa.Column('cost_usd', sa.Numeric(precision=12, scale=6), nullable=False),
    sa.Column('latency_ms', sa.Double(), nullable=False),
    sa.Column('status', sa.Enum('ok', 'error', 'cached', 'limited', 'breaker_open', name='ai_call_status', native_enum=False, length=16), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('trigger_kind', sa.Enum('user', 'api_key', 'schedule', 'webhook', 'system', name='ai_trigger_kind', native_enum=False, length=16), nullable=False),
    sa.Column('trigger_id', sa.String(length=64), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_ai_llm_call_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ai_llm_call'))
    )
    op.create_index('ix_ai_llm_call_org_agent_created', 'ai_llm_call', ['organization_id', 'agent', 'created_at'], unique=False)
    op.create_index('ix_ai_llm_call_org_created', 'ai_llm_call', ['organization_id', 'created_at', 'id'], unique=False)
    op.create_index(op.f('ix_ai_llm_call_organization_id'), 'ai_llm_call', ['organization_id'], unique=False)
    op.create_index(op.f('ix_ai_llm_call_run_id'), 'ai_llm_call', ['run_id'], unique=False)

    op.create_table('ai_prompt_version',
    sa.Column('prompt_id', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('template', sa.Text(), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_ai_prompt_version_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ai_prompt_version')),
    sa.UniqueConstraint('organization_id', 'prompt_id', 'version', name=op.f('uq_ai_prompt_version_organization_id_prompt_id_version'))
    )
    op.create_index(op.f('ix_ai_prompt_version_organization_id'), 'ai_prompt_version', ['organization_id'], unique=False)

def downgrade() -> None:
    op.drop_index(op.f('ix_ai_prompt_version_organization_id'), table_name='ai_prompt_version')
    op.drop_table('ai_prompt_version')
    op.drop_index(op.f('ix_ai_llm_call_run_id'), table_name='ai_llm_call')
    op.drop_index(op.f('ix_ai_llm_call_organization_id'), table_name='ai_llm_call')
    op.drop_index('ix_ai_llm_call_org_created', table_name='ai_llm_call')
    op.drop_index('ix_ai_llm_call_org_agent_created', table_name='ai_llm_call')
    op.drop_table('ai_llm_call')
    op.drop_index(op.f('ix_ai_agent_setting_organization_id'), table_name='ai_agent_setting')
    op.drop_table('ai_agent_setting')
