"""sdr suppression: the addresses nothing is sent to again

Revision ID: 961f4bafd3df
Revises: 1c3bfb47a948
Create Date: 2026-12-01 11:29:57.549153+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '961f4bafd3df'
down_revision: str | None = '1c3bfb47a948'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sdr_suppression',
    sa.Column('kind', sa.String(length=5), nullable=False),
    sa.Column('value', sa.String(length=254), nullable=False),
    sa.Column('reason', sa.String(length=12), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('added_by', sa.UUID(), nullable=True),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_sdr_suppression_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sdr_suppression')),
    sa.UniqueConstraint('organization_id', 'kind', 'value', name=op.f('uq_sdr_suppression_organization_id_kind_value'))
    )
    op.create_index(op.f('ix_sdr_suppression_organization_id'), 'sdr_suppression', ['organization_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sdr_suppression_organization_id'), table_name='sdr_suppression')
    op.drop_table('sdr_suppression')
