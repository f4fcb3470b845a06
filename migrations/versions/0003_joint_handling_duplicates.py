"""#4 joint handling (联调联处) and duplicate merging

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_teams",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("team_code", sa.String(length=32), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.Column("card_seq", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("accepted_by", sa.String(length=64), nullable=True),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.PrimaryKeyConstraint("case_id", "team_code"),
    )
    op.create_table(
        "case_reporters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("photos", sa.JSON(), nullable=False),
        sa.Column("source_key", sa.String(length=64), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_key"),
    )
    with op.batch_alter_table("case_reporters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_reporters_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_reporters_member_id"), ["member_id"], unique=False
        )
    op.create_table(
        "pending_duplicates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("photos", sa.JSON(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("source_key", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_key"),
    )
    with op.batch_alter_table("pending_duplicates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pending_duplicates_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_pending_duplicates_member_id"), ["member_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("pending_duplicates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pending_duplicates_member_id"))
        batch_op.drop_index(batch_op.f("ix_pending_duplicates_created_at"))
    op.drop_table("pending_duplicates")
    with op.batch_alter_table("case_reporters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_reporters_member_id"))
        batch_op.drop_index(batch_op.f("ix_case_reporters_case_id"))
    op.drop_table("case_reporters")
    op.drop_table("case_teams")
