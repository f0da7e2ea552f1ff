"""indexes for the hot queries on a big deployment (benchmarks/indexes.py)

A coach's participants (caseload, open alerts) by people.coach_id; the open alerts (staff's
/alerts newest first, the crisis escalation) by alerts (status, created_at); the retention run's
old outbox rows by outbox.created_at. Each was a sequential scan of its table before.

Revision ID: 0011_hot_indexes
Revises: 0010_send_budget
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0011_hot_indexes"
down_revision = "0010_send_budget"
branch_labels = None
depends_on = None


INDEXES = (
    ("ix_people_coach_id", "people", ["coach_id"]),
    ("ix_alerts_open", "alerts", ["status", "created_at"]),
    ("ix_outbox_created_at", "outbox", ["created_at"]),
)


def upgrade() -> None:
    """On PostgreSQL CONCURRENTLY, outside the migration's transaction: an older process goes
    on writing its outbox rows and alerts while a million-row table is indexed (a plain
    CREATE INDEX holds their writes until it is done). The callers leave the transaction to
    Alembic for this (bot/migrate.py)."""
    if op.get_bind().dialect.name == "postgresql":
        with op.get_context().autocommit_block():
            for name, table, columns in INDEXES:
                op.create_index(name, table, columns, postgresql_concurrently=True, if_not_exists=True)
        return
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    op.drop_index("ix_outbox_created_at", table_name="outbox")
    op.drop_index("ix_alerts_open", table_name="alerts")
    op.drop_index("ix_people_coach_id", table_name="people")
