"""a broadcast may carry a photo or a PDF (Telegram's file_id, its kind, name and type)

Revision ID: 0012_broadcast_attachments
Revises: 0011_hot_indexes
Create Date: 2026-12-04

The cohorts a broadcast goes to need no column: they are kept in its audience (JSON) as
"cohorts", and an audience stored before with one cohort as "ref" still reads
(bot/services/broadcasts.py, Audience.from_json).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_broadcast_attachments"
down_revision = "0011_hot_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "attachment_kind",
                sa.Enum("photo", "document", name="attachment_kind", native_enum=False, length=20),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("attachment_file_id", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("attachment_name", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("attachment_mime", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.drop_column("attachment_mime")
        batch_op.drop_column("attachment_name")
        batch_op.drop_column("attachment_file_id")
        batch_op.drop_column("attachment_kind")
