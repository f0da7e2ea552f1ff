"""the deployment's shared sending pace for several bot processes on PostgreSQL

Revision ID: 0010_send_budget
Revises: 0009_mentors
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import bot.models

revision = "0010_send_budget"
down_revision = "0009_mentors"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "send_budget",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("next_at", bot.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_send_budget")),
    )


def downgrade() -> None:
    op.drop_table("send_budget")
