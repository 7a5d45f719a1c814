"""integrations: sandbox outbox of outgoing requests, webhook deliveries

Revision ID: 9f4b7c2d1e30
Revises: 5d2e8b9a4c61
Create Date: 2026-11-22 05:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '9f4b7c2d1e30'
down_revision: str | None = '5d2e8b9a4c61'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('integrations_sandbox_request',
    sa.Column('service', sa.String(length=40), nullable=False),
    sa.Column('operation', sa.String(length=60), nullable=False),
    sa.Column('request', sa.JSON(), nullable=False),
    sa.Column('context', sa.JSON(), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_integrations_sandbox_request_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_integrations_sandbox_request'))
    )
    op.create_index('ix_integrations_sandbox_request_org_created', 'integrations_sandbox_request', ['organization_id', 'created_at', 'id'], unique=False)
    op.create_index(op.f('ix_integrations_sandbox_request_organization_id'), 'integrations_sandbox_request', ['organization_id'], unique=False)
    op.create_table('integrations_webhook_delivery',
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=False),
    sa.Column('event_type', sa.String(length=80), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('processed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_integrations_webhook_delivery_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_integrations_webhook_delivery')),
    sa.UniqueConstraint('source', 'external_id', name=op.f('uq_integrations_webhook_delivery_source_external_id'))
    )
    op.create_index(op.f('ix_integrations_webhook_delivery_organization_id'), 'integrations_webhook_delivery', ['organization_id'], unique=False)
    op.create_table('integrations_outbound_message',
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('provider', sa.String(length=40), nullable=False),
    sa.Column('recipient', sa.String(length=320), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('sandbox', sa.Boolean(), nullable=False),
    sa.Column('sandbox_request_id', sa.UUID(), nullable=True),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('context', sa.JSON(), nullable=False),
    sa.Column('status_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_integrations_outbound_message_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sandbox_request_id'], ['integrations_sandbox_request.id'], name=op.f('fk_integrations_outbound_message_sandbox_request_id_integrations_sandbox_request'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_integrations_outbound_message'))
    )
    op.create_index(op.f('ix_integrations_outbound_message_organization_id'), 'integrations_outbound_message', ['organization_id'], unique=False)
    op.create_index('ix_integrations_outbound_message_provider_external', 'integrations_outbound_message', ['provider', 'external_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_integrations_outbound_message_provider_external', table_name='integrations_outbound_message')
    op.drop_index(op.f('ix_integrations_outbound_message_organization_id'), table_name='integrations_outbound_message')
    op.drop_table('integrations_outbound_message')
    op.drop_index(op.f('ix_integrations_webhook_delivery_organization_id'), table_name='integrations_webhook_delivery')
    op.drop_table('integrations_webhook_delivery')
    op.drop_index(op.f('ix_integrations_sandbox_request_organization_id'), table_name='integrations_sandbox_request')
    op.drop_index('ix_integrations_sandbox_request_org_created', table_name='integrations_sandbox_request')
    op.drop_table('integrations_sandbox_request')
