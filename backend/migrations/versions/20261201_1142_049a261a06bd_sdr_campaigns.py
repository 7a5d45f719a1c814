"""sdr campaigns: cadences, campaigns, enrollments and their messages

Revision ID: 049a261a06bd
Revises: 961f4bafd3df
Create Date: 2026-12-01 11:42:33.553890+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '049a261a06bd'
down_revision: str | None = '961f4bafd3df'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sdr_cadence',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('steps', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('window_start', sa.Time(), nullable=False),
    sa.Column('window_end', sa.Time(), nullable=False),
    sa.Column('weekdays', postgresql.ARRAY(sa.SmallInteger()), nullable=False),
    sa.Column('daily_cap', sa.Integer(), nullable=False),
    sa.Column('spacing_min_seconds', sa.Integer(), nullable=False),
    sa.Column('spacing_max_seconds', sa.Integer(), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_sdr_cadence_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sdr_cadence')),
    sa.UniqueConstraint('organization_id', 'name', name=op.f('uq_sdr_cadence_organization_id_name'))
    )
    op.create_index(op.f('ix_sdr_cadence_organization_id'), 'sdr_cadence', ['organization_id'], unique=False)
    op.create_table('sdr_campaign',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('cadence_id', sa.UUID(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('owner_id', sa.UUID(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['cadence_id'], ['sdr_cadence.id'], name=op.f('fk_sdr_campaign_cadence_id_sdr_cadence'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_sdr_campaign_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sdr_campaign'))
    )
    op.create_index('ix_sdr_campaign_created', 'sdr_campaign', ['organization_id', 'created_at', 'id'], unique=False)
    op.create_index(op.f('ix_sdr_campaign_organization_id'), 'sdr_campaign', ['organization_id'], unique=False)
    op.create_table('sdr_enrollment',
    sa.Column('campaign_id', sa.UUID(), nullable=False),
    sa.Column('lead_id', sa.UUID(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('finish_reason', sa.String(length=12), nullable=True),
    sa.Column('step_index', sa.Integer(), nullable=False),
    sa.Column('next_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('run_id', sa.UUID(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('company', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['sdr_campaign.id'], name=op.f('fk_sdr_enrollment_campaign_id_sdr_campaign'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_sdr_enrollment_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sdr_enrollment')),
    sa.UniqueConstraint('campaign_id', 'lead_id', name=op.f('uq_sdr_enrollment_campaign_id_lead_id'))
    )
    op.create_index(op.f('ix_sdr_enrollment_organization_id'), 'sdr_enrollment', ['organization_id'], unique=False)
    op.create_index('ix_sdr_enrollment_run', 'sdr_enrollment', ['run_id'], unique=False)
    op.create_table('sdr_message',
    sa.Column('enrollment_id', sa.UUID(), nullable=False),
    sa.Column('step_index', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('run_id', sa.UUID(), nullable=True),
    sa.Column('outbound_message_id', sa.UUID(), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('classification', sa.String(length=20), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['enrollment_id'], ['sdr_enrollment.id'], name=op.f('fk_sdr_message_enrollment_id_sdr_enrollment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_sdr_message_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sdr_message'))
    )
    op.create_index('ix_sdr_message_enrollment', 'sdr_message', ['enrollment_id', 'created_at'], unique=False)
    op.create_index(op.f('ix_sdr_message_organization_id'), 'sdr_message', ['organization_id'], unique=False)
    op.create_index('ix_sdr_message_run', 'sdr_message', ['run_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_sdr_message_run', table_name='sdr_message')
    op.drop_index(op.f('ix_sdr_message_organization_id'), table_name='sdr_message')
    op.drop_index('ix_sdr_message_enrollment', table_name='sdr_message')
    op.drop_table('sdr_message')
    op.drop_index('ix_sdr_enrollment_run', table_name='sdr_enrollment')
    op.drop_index(op.f('ix_sdr_enrollment_organization_id'), table_name='sdr_enrollment')
    op.drop_table('sdr_enrollment')
    op.drop_index(op.f('ix_sdr_campaign_organization_id'), table_name='sdr_campaign')
    op.drop_index('ix_sdr_campaign_created', table_name='sdr_campaign')
    op.drop_table('sdr_campaign')
    op.drop_index(op.f('ix_sdr_cadence_organization_id'), table_name='sdr_cadence')
    op.drop_table('sdr_cadence')
