"""a cohort can be archived (kept, with its people, but no longer offered)

Revision ID: 0008_cohorts
Revises: 0007_broadcasts
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import bot.models

revision = "0008_cohorts"
down_revision = "0007_broadcasts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cohorts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("archived_at", bot.models.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cohorts", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
