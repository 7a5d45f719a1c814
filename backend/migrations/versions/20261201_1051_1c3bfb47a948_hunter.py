"""hunter: ICP profiles and versions, search sessions, leads, the company directory

Revision ID: 1c3bfb47a948
Revises: c0f8831af214
Create Date: 2026-12-01 10:51:13.989065+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '1c3bfb47a948'
down_revision: str | None = 'c0f8831af214'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('hunter_directory_entry',
    sa.Column('list_name', sa.String(length=120), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('data', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('row_number', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_hunter_directory_entry_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hunter_directory_entry'))
    )
    op.create_index('ix_hunter_directory_entry_list', 'hunter_directory_entry', ['organization_id', 'list_name'], unique=False)
    op.create_index(op.f('ix_hunter_directory_entry_organization_id'), 'hunter_directory_entry', ['organization_id'], unique=False)
    op.create_table('hunter_icp',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('criteria', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('threshold', sa.SmallInteger(), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_hunter_icp_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hunter_icp')),
    sa.UniqueConstraint('organization_id', 'name', name=op.f('uq_hunter_icp_organization_id_name'))
    )
    op.create_index(op.f('ix_hunter_icp_organization_id'), 'hunter_icp', ['organization_id'], unique=False)
    op.create_table('hunter_icp_version',
    sa.Column('icp_id', sa.UUID(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('criteria', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('threshold', sa.SmallInteger(), nullable=False),
    sa.Column('created_by', sa.UUID(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['icp_id'], ['hunter_icp.id'], name=op.f('fk_hunter_icp_version_icp_id_hunter_icp'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_hunter_icp_version_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hunter_icp_version')),
    sa.UniqueConstraint('icp_id', 'version', name=op.f('uq_hunter_icp_version_icp_id_version'))
    )
    op.create_index(op.f('ix_hunter_icp_version_organization_id'), 'hunter_icp_version', ['organization_id'], unique=False)
    op.create_table('hunter_search',
    sa.Column('icp_id', sa.UUID(), nullable=True),
    sa.Column('icp_version', sa.Integer(), nullable=True),
    sa.Column('criteria', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('threshold', sa.SmallInteger(), nullable=False),
    sa.Column('sources', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('limit', sa.Integer(), nullable=False),
    sa.Column('enrich_cnpj', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('run_id', sa.UUID(), nullable=True),
    sa.Column('started_by', sa.UUID(), nullable=True),
    sa.Column('found', sa.Integer(), nullable=False),
    sa.Column('duplicates', sa.Integer(), nullable=False),
    sa.Column('in_crm', sa.Integer(), nullable=False),
    sa.Column('scored', sa.Integer(), nullable=False),
    sa.Column('qualified', sa.Integer(), nullable=False),
    sa.Column('cost_usd', sa.Numeric(precision=12, scale=6), nullable=False),
    sa.Column('report', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['icp_id'], ['hunter_icp.id'], name=op.f('fk_hunter_search_icp_id_hunter_icp'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_hunter_search_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hunter_search'))
    )
    op.create_index('ix_hunter_search_created', 'hunter_search', ['organization_id', 'created_at', 'id'], unique=False)
    op.create_index(op.f('ix_hunter_search_organization_id'), 'hunter_search', ['organization_id'], unique=False)
    op.create_table('hunter_lead',
    sa.Column('search_id', sa.UUID(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('legal_name', sa.String(length=200), nullable=True),
    sa.Column('cnpj', sa.String(length=14), nullable=True),
    sa.Column('domain', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('phones', postgresql.ARRAY(sa.String(length=20)), nullable=False),
    sa.Column('emails', postgresql.ARRAY(sa.String(length=254)), nullable=False),
    sa.Column('linkedin_url', sa.String(length=300), nullable=True),
    sa.Column('social_links', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=True),
    sa.Column('state', sa.String(length=2), nullable=True),
    sa.Column('cnae', sa.String(length=7), nullable=True),
    sa.Column('industry', sa.String(length=200), nullable=True),
    sa.Column('size', sa.String(length=10), nullable=True),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('contacts', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('provenance', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('sources', postgresql.ARRAY(sa.String(length=40)), nullable=False),
    sa.Column('match_keys', postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column('demo', sa.Boolean(), nullable=False),
    sa.Column('score', sa.SmallInteger(), nullable=False),
    sa.Column('tier', sa.String(length=4), nullable=False),
    sa.Column('qualified', sa.Boolean(), nullable=False),
    sa.Column('disqualified_by', sa.Text(), nullable=True),
    sa.Column('breakdown', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('similarity', sa.Float(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('reason_prompt', sa.String(length=80), nullable=False),
    sa.Column('reason_offline', sa.Boolean(), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=True),
    sa.Column('discard_reason', sa.Text(), nullable=True),
    sa.Column('reviewed_by', sa.UUID(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('legal_basis', sa.String(length=30), nullable=False),
    sa.Column('owner_id', sa.UUID(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_hunter_lead_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['identity_user.id'], name=op.f('fk_hunter_lead_owner_id_identity_user'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['search_id'], ['hunter_search.id'], name=op.f('fk_hunter_lead_search_id_hunter_search'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hunter_lead'))
    )
    op.create_index('ix_hunter_lead_list', 'hunter_lead', ['organization_id', 'status', 'score', 'id'], unique=False)
    op.create_index('ix_hunter_lead_match_keys', 'hunter_lead', ['match_keys'], unique=False, postgresql_using='gin')
    op.create_index(op.f('ix_hunter_lead_organization_id'), 'hunter_lead', ['organization_id'], unique=False)
    op.create_index('ix_hunter_lead_search', 'hunter_lead', ['search_id', 'score'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_hunter_lead_search', table_name='hunter_lead')
    op.drop_index(op.f('ix_hunter_lead_organization_id'), table_name='hunter_lead')
    op.drop_index('ix_hunter_lead_match_keys', table_name='hunter_lead', postgresql_using='gin')
    op.drop_index('ix_hunter_lead_list', table_name='hunter_lead')
    op.drop_table('hunter_lead')
    op.drop_index(op.f('ix_hunter_search_organization_id'), table_name='hunter_search')
    op.drop_index('ix_hunter_search_created', table_name='hunter_search')
    op.drop_table('hunter_search')
    op.drop_index(op.f('ix_hunter_icp_version_organization_id'), table_name='hunter_icp_version')
    op.drop_table('hunter_icp_version')
    op.drop_index(op.f('ix_hunter_icp_organization_id'), table_name='hunter_icp')
    op.drop_table('hunter_icp')
    op.drop_index(op.f('ix_hunter_directory_entry_organization_id'), table_name='hunter_directory_entry')
    op.drop_index('ix_hunter_directory_entry_list', table_name='hunter_directory_entry')
    op.drop_table('hunter_directory_entry')
