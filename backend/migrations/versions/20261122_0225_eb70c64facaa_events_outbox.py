"""events outbox: core_outbox_event (transactional outbox) and core_processed_event (ledger)

Revision ID: eb70c64facaa
Revises: 20bfe63bd509
Create Date: 2026-11-22 02:25:21.048357+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = 'eb70c64facaa'
down_revision: str | None = '20bfe63bd509'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('core_outbox_event',
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=True),
    sa.Column('payload', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('available_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_core_outbox_event'))
    )
    op.create_index('ix_core_outbox_event_pending', 'core_outbox_event', ['created_at'], unique=False, postgresql_where=sa.text('published_at IS NULL'))
    op.create_index('ix_core_outbox_event_published_at', 'core_outbox_event', ['published_at'], unique=False, postgresql_where=sa.text('published_at IS NOT NULL'))
    op.create_table('core_processed_event',
    sa.Column('handler', sa.String(length=200), nullable=False),
    sa.Column('event_id', sa.UUID(), nullable=False),
    sa.Column('processed_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('handler', 'event_id', name=op.f('pk_core_processed_event'))
    )
    op.create_index(op.f('ix_core_processed_event_processed_at'), 'core_processed_event', ['processed_at'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_core_processed_event_processed_at'), table_name='core_processed_event')
    op.drop_table('core_processed_event')
    op.drop_index('ix_core_outbox_event_published_at', table_name='core_outbox_event', postgresql_where=sa.text('published_at IS NOT NULL'))
    op.drop_index('ix_core_outbox_event_pending', table_name='core_outbox_event', postgresql_where=sa.text('published_at IS NULL'))
    op.drop_table('core_outbox_event')
