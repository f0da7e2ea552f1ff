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


def upgrade() -> None:
    op.create_index("ix_people_coach_id", "people", ["coach_id"])
    op.create_index("ix_alerts_open", "alerts", ["status", "created_at"])
    op.create_index("ix_outbox_created_at", "outbox", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_created_at", table_name="outbox")
    op.drop_index("ix_alerts_open", table_name="alerts")
    op.drop_index("ix_people_coach_id", table_name="people")
