"""crm: companies, contacts, pipelines with stages, deals, activities and record events,
tags, custom fields, saved views, imports and lead conversions; pg_trgm search indexes

Revision ID: cbf02e2e8059
Revises: 2d5c9017af04
Create Date: 2026-12-01 08:52:31.242971+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = 'cbf02e2e8059'
down_revision: str | None = '2d5c9017af04'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # trigram search over names, CNPJ digits, e-mails and phones (the *_search_trgm indexes)
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table('crm_company',
    sa.Column('legal_name', sa.String(length=200), nullable=False),
    sa.Column('trade_name', sa.String(length=200), nullable=True),
    sa.Column('cnpj', sa.String(length=14), nullable=True),
    sa.Column('industry', sa.String(length=120), nullable=True),
    sa.Column('cnae', sa.String(length=7), nullable=True),
    sa.Column('size', sa.String(length=10), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('domain', sa.String(length=253), nullable=True),
    sa.Column('address', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('phones', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('tag_ids', postgresql.ARRAY(sa.UUID()), server_default=sa.text("'{}'::uuid[]"), nullable=False),
    sa.Column('custom_fields', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.UUID(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_company_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['identity_user.id'], name=op.f('fk_crm_company_owner_id_identity_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_company'))
    )
    op.create_index('ix_crm_company_created', 'crm_company', ['organization_id', 'created_at', 'id'], unique=False)
    op.create_index('ix_crm_company_domain', 'crm_company', ['organization_id', 'domain'], unique=False)
    op.create_index('ix_crm_company_legal_name', 'crm_company', ['organization_id', 'legal_name', 'id'], unique=False)
    op.create_index(op.f('ix_crm_company_organization_id'), 'crm_company', ['organization_id'], unique=False)
    op.create_index('ix_crm_company_owner', 'crm_company', ['organization_id', 'owner_id'], unique=False)
    op.create_index('ix_crm_company_search_trgm', 'crm_company', ['search_text'], unique=False, postgresql_using='gin', postgresql_ops={'search_text': 'gin_trgm_ops'})
    op.create_index('ix_crm_company_tag_ids', 'crm_company', ['tag_ids'], unique=False, postgresql_using='gin')
    op.create_index('uq_crm_company_cnpj', 'crm_company', ['organization_id', 'cnpj'], unique=True, postgresql_where=sa.text('cnpj IS NOT NULL'))
    op.create_table('crm_custom_field',
    sa.Column('entity', sa.String(length=10), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('options', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_custom_field_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_custom_field')),
    sa.UniqueConstraint('organization_id', 'entity', 'key', name=op.f('uq_crm_custom_field_organization_id_entity_key'))
    )
    op.create_index(op.f('ix_crm_custom_field_organization_id'), 'crm_custom_field', ['organization_id'], unique=False)
    op.create_table('crm_import',
    sa.Column('entity', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('storage_key', sa.String(length=400), nullable=False),
    sa.Column('encoding', sa.String(length=20), nullable=False),
    sa.Column('delimiter', sa.String(length=1), nullable=False),
    sa.Column('columns', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('total_rows', sa.Integer(), nullable=False),
    sa.Column('mapping', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('merge_policy', sa.String(length=20), nullable=False),
    sa.Column('processed_rows', sa.Integer(), nullable=False),
    sa.Column('counts', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('created_by', sa.UUID(), nullable=True),
    sa.Column('created_by_role', sa.String(length=20), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['identity_user.id'], name=op.f('fk_crm_import_created_by_identity_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_import_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_import'))
    )
    op.create_index(op.f('ix_crm_import_organization_id'), 'crm_import', ['organization_id'], unique=False)
    op.create_table('crm_pipeline',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_pipeline_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_pipeline'))
    )
    op.create_index(op.f('ix_crm_pipeline_organization_id'), 'crm_pipeline', ['organization_id'], unique=False)
    op.create_index('uq_crm_pipeline_default', 'crm_pipeline', ['organization_id'], unique=True, postgresql_where=sa.text('is_default'))
    op.create_table('crm_record_event',
    sa.Column('record_type', sa.String(length=10), nullable=False),
    sa.Column('record_id', sa.UUID(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('data', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('actor_type', sa.String(length=20), nullable=False),
    sa.Column('actor_id', sa.String(length=64), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_record_event_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_record_event'))
    )
    op.create_index(op.f('ix_crm_record_event_organization_id'), 'crm_record_event', ['organization_id'], unique=False)
    op.create_index('ix_crm_record_event_record', 'crm_record_event', ['organization_id', 'record_type', 'record_id', 'created_at', 'id'], unique=False)
    op.create_table('crm_saved_view',
    sa.Column('user_id', sa.UUID(), nullable=False),
    sa.Column('entity', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('filters', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('sort', sa.String(length=40), nullable=True),
    sa.Column('columns', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_saved_view_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['identity_user.id'], name=op.f('fk_crm_saved_view_user_id_identity_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_saved_view'))
    )
    op.create_index(op.f('ix_crm_saved_view_organization_id'), 'crm_saved_view', ['organization_id'], unique=False)
    op.create_index('ix_crm_saved_view_user', 'crm_saved_view', ['organization_id', 'user_id', 'entity'], unique=False)
    op.create_table('crm_tag',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('color', sa.String(length=7), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_tag_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_tag')),
    sa.UniqueConstraint('organization_id', 'key', name=op.f('uq_crm_tag_organization_id_key'))
    )
    op.create_index(op.f('ix_crm_tag_organization_id'), 'crm_tag', ['organization_id'], unique=False)
    op.create_table('crm_contact',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('emails', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('phones', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('job_title', sa.String(length=120), nullable=True),
    sa.Column('company_id', sa.UUID(), nullable=True),
    sa.Column('lead_source', sa.String(length=20), nullable=False),
    sa.Column('hunter_score', sa.SmallInteger(), nullable=True),
    sa.Column('hunter_provenance', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('legal_basis', sa.String(length=30), nullable=True),
    sa.Column('opted_out_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('match_keys', postgresql.ARRAY(sa.String()), server_default=sa.text("'{}'::varchar[]"), nullable=False),
    sa.Column('tag_ids', postgresql.ARRAY(sa.UUID()), server_default=sa.text("'{}'::uuid[]"), nullable=False),
    sa.Column('custom_fields', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.UUID(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('hunter_score BETWEEN 0 AND 100', name=op.f('ck_crm_contact_hunter_score_range')),
    sa.ForeignKeyConstraint(['company_id'], ['crm_company.id'], name=op.f('fk_crm_contact_company_id_crm_company'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_contact_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['identity_user.id'], name=op.f('fk_crm_contact_owner_id_identity_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_contact'))
    )
    op.create_index('ix_crm_contact_company', 'crm_contact', ['company_id'], unique=False)
    op.create_index('ix_crm_contact_created', 'crm_contact', ['organization_id', 'created_at', 'id'], unique=False)
    op.create_index('ix_crm_contact_match_keys', 'crm_contact', ['match_keys'], unique=False, postgresql_using='gin')
    op.create_index('ix_crm_contact_name', 'crm_contact', ['organization_id', 'name', 'id'], unique=False)
    op.create_index(op.f('ix_crm_contact_organization_id'), 'crm_contact', ['organization_id'], unique=False)
    op.create_index('ix_crm_contact_owner', 'crm_contact', ['organization_id', 'owner_id'], unique=False)
    op.create_index('ix_crm_contact_search_trgm', 'crm_contact', ['search_text'], unique=False, postgresql_using='gin', postgresql_ops={'search_text': 'gin_trgm_ops'})
    op.create_index('ix_crm_contact_tag_ids', 'crm_contact', ['tag_ids'], unique=False, postgresql_using='gin')
    op.create_table('crm_import_row',
    sa.Column('import_id', sa.UUID(), nullable=False),
    sa.Column('row_number', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('record_id', sa.UUID(), nullable=True),
    sa.Column('messages', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.ForeignKeyConstraint(['import_id'], ['crm_import.id'], name=op.f('fk_crm_import_row_import_id_crm_import'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('import_id', 'row_number', name=op.f('pk_crm_import_row'))
    )
    op.create_table('crm_stage',
    sa.Column('pipeline_id', sa.UUID(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('probability', sa.SmallInteger(), nullable=False),
    sa.Column('is_won', sa.Boolean(), nullable=False),
    sa.Column('is_lost', sa.Boolean(), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('NOT (is_won AND is_lost)', name=op.f('ck_crm_stage_won_or_lost')),
    sa.CheckConstraint('probability BETWEEN 0 AND 100', name=op.f('ck_crm_stage_probability_range')),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_stage_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pipeline_id'], ['crm_pipeline.id'], name=op.f('fk_crm_stage_pipeline_id_crm_pipeline'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_stage'))
    )
    op.create_index(op.f('ix_crm_stage_organization_id'), 'crm_stage', ['organization_id'], unique=False)
    op.create_index('ix_crm_stage_pipeline', 'crm_stage', ['pipeline_id', 'position'], unique=False)
    op.create_table('crm_deal',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('value', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('pipeline_id', sa.UUID(), nullable=False),
    sa.Column('stage_id', sa.UUID(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('company_id', sa.UUID(), nullable=True),
    sa.Column('expected_close_date', sa.Date(), nullable=True),
    sa.Column('probability', sa.SmallInteger(), nullable=False),
    sa.Column('probability_override', sa.SmallInteger(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('lost_reason', sa.Text(), nullable=True),
    sa.Column('won_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('lost_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tag_ids', postgresql.ARRAY(sa.UUID()), server_default=sa.text("'{}'::uuid[]"), nullable=False),
    sa.Column('custom_fields', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.UUID(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('probability BETWEEN 0 AND 100', name=op.f('ck_crm_deal_probability_range')),
    sa.CheckConstraint('value >= 0', name=op.f('ck_crm_deal_value_not_negative')),
    sa.ForeignKeyConstraint(['company_id'], ['crm_company.id'], name=op.f('fk_crm_deal_company_id_crm_company'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_deal_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['identity_user.id'], name=op.f('fk_crm_deal_owner_id_identity_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pipeline_id'], ['crm_pipeline.id'], name=op.f('fk_crm_deal_pipeline_id_crm_pipeline'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['stage_id'], ['crm_stage.id'], name=op.f('fk_crm_deal_stage_id_crm_stage'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_deal')),
    sa.UniqueConstraint('stage_id', 'position', deferrable=True, initially='DEFERRED', name='uq_crm_deal_stage_position')
    )
    op.create_index('ix_crm_deal_board', 'crm_deal', ['pipeline_id', 'stage_id', 'owner_id'], unique=False, postgresql_include=['organization_id', 'value', 'probability'])
    op.create_index('ix_crm_deal_company', 'crm_deal', ['company_id'], unique=False)
    op.create_index('ix_crm_deal_created', 'crm_deal', ['organization_id', 'created_at', 'id'], unique=False)
    op.create_index(op.f('ix_crm_deal_organization_id'), 'crm_deal', ['organization_id'], unique=False)
    op.create_index('ix_crm_deal_owner', 'crm_deal', ['organization_id', 'owner_id'], unique=False)
    op.create_index('ix_crm_deal_search_trgm', 'crm_deal', ['search_text'], unique=False, postgresql_using='gin', postgresql_ops={'search_text': 'gin_trgm_ops'})
    op.create_index('ix_crm_deal_tag_ids', 'crm_deal', ['tag_ids'], unique=False, postgresql_using='gin')
    op.create_index('ix_crm_deal_value', 'crm_deal', ['organization_id', 'value', 'id'], unique=False)
    op.create_table('crm_activity',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('company_id', sa.UUID(), nullable=True),
    sa.Column('contact_id', sa.UUID(), nullable=True),
    sa.Column('deal_id', sa.UUID(), nullable=True),
    sa.Column('owner_id', sa.UUID(), nullable=True),
    sa.Column('direction', sa.String(length=10), nullable=True),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('external_id', sa.String(length=200), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['crm_company.id'], name=op.f('fk_crm_activity_company_id_crm_company'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['crm_contact.id'], name=op.f('fk_crm_activity_contact_id_crm_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['deal_id'], ['crm_deal.id'], name=op.f('fk_crm_activity_deal_id_crm_deal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_activity_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['identity_user.id'], name=op.f('fk_crm_activity_owner_id_identity_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_activity'))
    )
    op.create_index('ix_crm_activity_company', 'crm_activity', ['company_id', 'occurred_at', 'id'], unique=False)
    op.create_index('ix_crm_activity_contact', 'crm_activity', ['contact_id', 'occurred_at', 'id'], unique=False)
    op.create_index('ix_crm_activity_deal', 'crm_activity', ['deal_id', 'occurred_at', 'id'], unique=False)
    op.create_index('ix_crm_activity_open_tasks', 'crm_activity', ['organization_id', 'owner_id', 'due_at'], unique=False, postgresql_where=sa.text("kind = 'task' AND done_at IS NULL"))
    op.create_index(op.f('ix_crm_activity_organization_id'), 'crm_activity', ['organization_id'], unique=False)
    op.create_index('uq_crm_activity_external', 'crm_activity', ['organization_id', 'kind', 'external_id'], unique=True, postgresql_where=sa.text('external_id IS NOT NULL'))
    op.create_table('crm_deal_contact',
    sa.Column('deal_id', sa.UUID(), nullable=False),
    sa.Column('contact_id', sa.UUID(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['crm_contact.id'], name=op.f('fk_crm_deal_contact_contact_id_crm_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['deal_id'], ['crm_deal.id'], name=op.f('fk_crm_deal_contact_deal_id_crm_deal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('deal_id', 'contact_id', name=op.f('pk_crm_deal_contact'))
    )
    op.create_index('ix_crm_deal_contact_contact', 'crm_deal_contact', ['contact_id'], unique=False)
    op.create_table('crm_lead_conversion',
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.String(length=200), nullable=False),
    sa.Column('company_id', sa.UUID(), nullable=True),
    sa.Column('contact_id', sa.UUID(), nullable=True),
    sa.Column('deal_id', sa.UUID(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['crm_company.id'], name=op.f('fk_crm_lead_conversion_company_id_crm_company'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contact_id'], ['crm_contact.id'], name=op.f('fk_crm_lead_conversion_contact_id_crm_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['deal_id'], ['crm_deal.id'], name=op.f('fk_crm_lead_conversion_deal_id_crm_deal'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_lead_conversion_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_lead_conversion')),
    sa.UniqueConstraint('organization_id', 'source', 'source_id', name=op.f('uq_crm_lead_conversion_organization_id_source_source_id'))
    )
    op.create_index(op.f('ix_crm_lead_conversion_organization_id'), 'crm_lead_conversion', ['organization_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_crm_lead_conversion_organization_id'), table_name='crm_lead_conversion')
    op.drop_table('crm_lead_conversion')
    op.drop_index('ix_crm_deal_contact_contact', table_name='crm_deal_contact')
    op.drop_table('crm_deal_contact')
    op.drop_index('uq_crm_activity_external', table_name='crm_activity', postgresql_where=sa.text('external_id IS NOT NULL'))
    op.drop_index(op.f('ix_crm_activity_organization_id'), table_name='crm_activity')
    op.drop_index('ix_crm_activity_open_tasks', table_name='crm_activity', postgresql_where=sa.text("kind = 'task' AND done_at IS NULL"))
    op.drop_index('ix_crm_activity_deal', table_name='crm_activity')
    op.drop_index('ix_crm_activity_contact', table_name='crm_activity')
    op.drop_index('ix_crm_activity_company', table_name='crm_activity')
    op.drop_table('crm_activity')
    op.drop_index('ix_crm_deal_value', table_name='crm_deal')
    op.drop_index('ix_crm_deal_tag_ids', table_name='crm_deal', postgresql_using='gin')
    op.drop_index('ix_crm_deal_search_trgm', table_name='crm_deal', postgresql_using='gin', postgresql_ops={'search_text': 'gin_trgm_ops'})
    op.drop_index('ix_crm_deal_owner', table_name='crm_deal')
    op.drop_index(op.f('ix_crm_deal_organization_id'), table_name='crm_deal')
    op.drop_index('ix_crm_deal_created', table_name='crm_deal')
    op.drop_index('ix_crm_deal_company', table_name='crm_deal')
    op.drop_index('ix_crm_deal_board', table_name='crm_deal', postgresql_include=['organization_id', 'value', 'probability'])
    op.drop_table('crm_deal')
    op.drop_index('ix_crm_stage_pipeline', table_name='crm_stage')
    op.drop_index(op.f('ix_crm_stage_organization_id'), table_name='crm_stage')
    op.drop_table('crm_stage')
    op.drop_table('crm_import_row')
    op.drop_index('ix_crm_contact_tag_ids', table_name='crm_contact', postgresql_using='gin')
    op.drop_index('ix_crm_contact_search_trgm', table_name='crm_contact', postgresql_using='gin', postgresql_ops={'search_text': 'gin_trgm_ops'})
    op.drop_index('ix_crm_contact_owner', table_name='crm_contact')
    op.drop_index(op.f('ix_crm_contact_organization_id'), table_name='crm_contact')
    op.drop_index('ix_crm_contact_name', table_name='crm_contact')
    op.drop_index('ix_crm_contact_match_keys', table_name='crm_contact', postgresql_using='gin')
    op.drop_index('ix_crm_contact_created', table_name='crm_contact')
    op.drop_index('ix_crm_contact_company', table_name='crm_contact')
    op.drop_table('crm_contact')
    op.drop_index(op.f('ix_crm_tag_organization_id'), table_name='crm_tag')
    op.drop_table('crm_tag')
    op.drop_index('ix_crm_saved_view_user', table_name='crm_saved_view')
    op.drop_index(op.f('ix_crm_saved_view_organization_id'), table_name='crm_saved_view')
    op.drop_table('crm_saved_view')
    op.drop_index('ix_crm_record_event_record', table_name='crm_record_event')
    op.drop_index(op.f('ix_crm_record_event_organization_id'), table_name='crm_record_event')
    op.drop_table('crm_record_event')
    op.drop_index('uq_crm_pipeline_default', table_name='crm_pipeline', postgresql_where=sa.text('is_default'))
    op.drop_index(op.f('ix_crm_pipeline_organization_id'), table_name='crm_pipeline')
    op.drop_table('crm_pipeline')
    op.drop_index(op.f('ix_crm_import_organization_id'), table_name='crm_import')
    op.drop_table('crm_import')
    op.drop_index(op.f('ix_crm_custom_field_organization_id'), table_name='crm_custom_field')
    op.drop_table('crm_custom_field')
    op.drop_index('uq_crm_company_cnpj', table_name='crm_company', postgresql_where=sa.text('cnpj IS NOT NULL'))
    op.drop_index('ix_crm_company_tag_ids', table_name='crm_company', postgresql_using='gin')
    op.drop_index('ix_crm_company_search_trgm', table_name='crm_company', postgresql_using='gin', postgresql_ops={'search_text': 'gin_trgm_ops'})
    op.drop_index('ix_crm_company_owner', table_name='crm_company')
    op.drop_index(op.f('ix_crm_company_organization_id'), table_name='crm_company')
    op.drop_index('ix_crm_company_legal_name', table_name='crm_company')
    op.drop_index('ix_crm_company_domain', table_name='crm_company')
    op.drop_index('ix_crm_company_created', table_name='crm_company')
    op.drop_table('crm_company')
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")
