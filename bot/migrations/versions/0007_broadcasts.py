"""staff broadcasts: the announcement, its text per language, interest answers, and the
persistent cache of machine translations

Revision ID: 0007_broadcasts
Revises: 0006_storage
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import bot.models

revision = "0007_broadcasts"
down_revision = "0006_storage"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=20)


def upgrade() -> None:
    op.create_table(
        "broadcasts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "status",
            _enum("broadcast_status", "draft", "scheduled", "sending", "done", "cancelled"),
            nullable=False,
        ),
        sa.Column("send_at", bot.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("with_interest", sa.Boolean(), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("progress_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("progress_message_id", sa.BigInteger(), nullable=True),
        sa.Column("progress_text", sa.String(length=500), nullable=True),
        sa.Column("created_at", bot.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("confirmed_at", bot.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("finished_at", bot.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["people.id"], name=op.f("fk_broadcasts_author_id_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_broadcasts")),
    )
    op.create_table(
        "broadcast_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("broadcast_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("source", _enum("text_source", "machine", "human", "none"), nullable=False),
        sa.Column("model", sa.String(length=120), nullable=True),
        sa.ForeignKeyConstraint(
            ["broadcast_id"],
            ["broadcasts.id"],
            name=op.f("fk_broadcast_texts_broadcast_id_broadcasts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_broadcast_texts")),
        sa.UniqueConstraint("broadcast_id", "language", name=op.f("uq_broadcast_texts_broadcast_id")),
    )
    with op.batch_alter_table("broadcast_texts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_broadcast_texts_broadcast_id"), ["broadcast_id"], unique=False)
    op.create_table(
        "broadcast_interest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("broadcast_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("at", bot.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("withdrawn_at", bot.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["broadcast_id"],
            ["broadcasts.id"],
            name=op.f("fk_broadcast_interest_broadcast_id_broadcasts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_broadcast_interest_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_broadcast_interest")),
        sa.UniqueConstraint("broadcast_id", "person_id", name=op.f("uq_broadcast_interest_broadcast_id")),
    )
    with op.batch_alter_table("broadcast_interest", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_broadcast_interest_broadcast_id"), ["broadcast_id"], unique=False
        )
    op.create_table(
        "translation_cache",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("target", sa.String(length=8), nullable=False),
        sa.Column("model", sa.String(length=120), nullable=False),
        sa.Column("translation", sa.Text(), nullable=False),
        sa.Column("created_at", bot.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_translation_cache")),
        sa.UniqueConstraint(
            "text_hash", "source", "target", "model", name=op.f("uq_translation_cache_text_hash")
        ),
    )


def downgrade() -> None:
    op.drop_table("translation_cache")
    with op.batch_alter_table("broadcast_interest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_broadcast_interest_broadcast_id"))
    op.drop_table("broadcast_interest")
    with op.batch_alter_table("broadcast_texts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_broadcast_texts_broadcast_id"))
    op.drop_table("broadcast_texts")
    op.drop_table("broadcasts")
