"""notifications: user inbox and push devices

Revision ID: 2d5c9017af04
Revises: 9f4b7c2d1e30
Create Date: 2026-12-01 07:37:36.173270+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '2d5c9017af04'
down_revision: str | None = '9f4b7c2d1e30'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('notifications_device',
    sa.Column('user_id', sa.UUID(), nullable=False),
    sa.Column('expo_push_token', sa.String(length=200), nullable=False),
    sa.Column('platform', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=True),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_notifications_device_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['identity_user.id'], name=op.f('fk_notifications_device_user_id_identity_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications_device')),
    sa.UniqueConstraint('expo_push_token', name=op.f('uq_notifications_device_expo_push_token'))
    )
    op.create_index(op.f('ix_notifications_device_organization_id'), 'notifications_device', ['organization_id'], unique=False)
    op.create_index('ix_notifications_device_user', 'notifications_device', ['organization_id', 'user_id'], unique=False)
    op.create_table('notifications_notification',
    sa.Column('user_id', sa.UUID(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('link', sa.String(length=500), nullable=True),
    sa.Column('data', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_notifications_notification_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['identity_user.id'], name=op.f('fk_notifications_notification_user_id_identity_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications_notification'))
    )
    op.create_index(op.f('ix_notifications_notification_organization_id'), 'notifications_notification', ['organization_id'], unique=False)
    op.create_index('ix_notifications_notification_unread', 'notifications_notification', ['organization_id', 'user_id'], unique=False, postgresql_where=sa.text('read_at IS NULL'))
    op.create_index('ix_notifications_notification_user_created', 'notifications_notification', ['organization_id', 'user_id', 'created_at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_notifications_notification_user_created', table_name='notifications_notification')
    op.drop_index('ix_notifications_notification_unread', table_name='notifications_notification', postgresql_where=sa.text('read_at IS NULL'))
    op.drop_index(op.f('ix_notifications_notification_organization_id'), table_name='notifications_notification')
    op.drop_table('notifications_notification')
    op.drop_index('ix_notifications_device_user', table_name='notifications_device')
    op.drop_index(op.f('ix_notifications_device_organization_id'), table_name='notifications_device')
    op.drop_table('notifications_device')
