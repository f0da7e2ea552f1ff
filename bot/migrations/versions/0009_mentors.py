"""mentors: which participants a mentor is linked to (the role itself is a plain string)

Revision ID: 0009_mentors
Revises: 0008_cohorts
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import bot.models

revision = "0009_mentors"
down_revision = "0008_cohorts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mentor_links",
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("created_at", bot.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["people.id"],
            name=op.f("fk_mentor_links_created_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["people.id"], name=op.f("fk_mentor_links_mentor_id_people"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["people.id"],
            name=op.f("fk_mentor_links_participant_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mentor_id", "participant_id", name=op.f("pk_mentor_links")),
    )
    with op.batch_alter_table("mentor_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentor_links_participant_id"), ["participant_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mentor_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_links_participant_id"))
    op.drop_table("mentor_links")
