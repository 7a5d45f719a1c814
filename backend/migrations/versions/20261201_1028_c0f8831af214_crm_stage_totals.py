"""crm stage totals: per stage and owner, kept by a trigger on crm_deal

Revision ID: c0f8831af214
Revises: cbf02e2e8059
Create Date: 2026-12-01 10:28:22.206110+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c0f8831af214'
down_revision: str | None = 'cbf02e2e8059'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('crm_stage_total',
    sa.Column('pipeline_id', sa.UUID(), nullable=False),
    sa.Column('stage_id', sa.UUID(), nullable=False),
    sa.Column('owner_id', sa.UUID(), nullable=True),
    sa.Column('deals', sa.Integer(), nullable=False),
    sa.Column('total_value', sa.Numeric(precision=16, scale=2), nullable=False),
    sa.Column('weighted_cents', sa.Numeric(precision=20, scale=2), nullable=False),
    sa.Column('organization_id', sa.UUID(), nullable=False),
    sa.Column('id', sa.UUID(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['identity_organization.id'], name=op.f('fk_crm_stage_total_organization_id_identity_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pipeline_id'], ['crm_pipeline.id'], name=op.f('fk_crm_stage_total_pipeline_id_crm_pipeline'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stage_id'], ['crm_stage.id'], name=op.f('fk_crm_stage_total_stage_id_crm_stage'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_stage_total')),
    sa.UniqueConstraint('stage_id', 'owner_id', name=op.f('uq_crm_stage_total_stage_id_owner_id'), postgresql_nulls_not_distinct=True)
    )
    op.create_index(op.f('ix_crm_stage_total_organization_id'), 'crm_stage_total', ['organization_id'], unique=False)
    op.create_index('ix_crm_stage_total_pipeline', 'crm_stage_total', ['pipeline_id', 'owner_id'], unique=False)
    # a deal counts in the row of its (stage, owner); the update trigger fires only when a
    # column the totals read is written (position shifts leave it alone)
    op.execute(r"""
        CREATE FUNCTION crm_deal_stage_totals() RETURNS trigger AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                IF TG_OP = 'UPDATE' AND (OLD.stage_id, OLD.owner_id, OLD.value, OLD.probability)
                        IS NOT DISTINCT FROM (NEW.stage_id, NEW.owner_id, NEW.value, NEW.probability) THEN
                    RETURN NULL;
                END IF;
                UPDATE crm_stage_total
                   SET deals = deals - 1, total_value = total_value - OLD.value,
                       weighted_cents = weighted_cents - OLD.value * OLD.probability,
                       updated_at = now()
                 WHERE stage_id = OLD.stage_id AND owner_id IS NOT DISTINCT FROM OLD.owner_id;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO crm_stage_total AS t (id, organization_id, pipeline_id, stage_id,
                                                  owner_id, deals, total_value, weighted_cents)
                VALUES (gen_random_uuid(), NEW.organization_id, NEW.pipeline_id, NEW.stage_id,
                        NEW.owner_id, 1, NEW.value, NEW.value * NEW.probability)
                ON CONFLICT (stage_id, owner_id) DO UPDATE
                   SET deals = t.deals + 1, total_value = t.total_value + EXCLUDED.total_value,
                       weighted_cents = t.weighted_cents + EXCLUDED.weighted_cents,
                       updated_at = now();
            END IF;
            RETURN NULL;
        END
        $$ LANGUAGE plpgsql
    """)
    op.execute("""
        CREATE TRIGGER crm_deal_stage_totals
        AFTER INSERT OR DELETE OR UPDATE OF stage_id, owner_id, value, probability ON crm_deal
        FOR EACH ROW EXECUTE FUNCTION crm_deal_stage_totals()
    """)
    op.execute("""
        INSERT INTO crm_stage_total (id, organization_id, pipeline_id, stage_id, owner_id, deals,
                                     total_value, weighted_cents)
        SELECT gen_random_uuid(), organization_id, pipeline_id, stage_id, owner_id, count(*),
               sum(value), sum(value * probability)
          FROM crm_deal GROUP BY organization_id, pipeline_id, stage_id, owner_id
    """)


def downgrade() -> None:
    op.execute("DROP TRIGGER crm_deal_stage_totals ON crm_deal")
    op.execute("DROP FUNCTION crm_deal_stage_totals()")
    op.drop_index('ix_crm_stage_total_pipeline', table_name='crm_stage_total')
    op.drop_index(op.f('ix_crm_stage_total_organization_id'), table_name='crm_stage_total')
    op.drop_table('crm_stage_total')
