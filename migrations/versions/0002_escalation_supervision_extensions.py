"""#4 deadlines: escalation ladder, supervision (督办), extension requests (延期)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CASE_TIMES = (
    "remind_at",
    "reminded_at",
    "escalated_at",
    "overdue_since",
    "next_check_at",
    "supervised_at",
    "supervise_until",
    "supervise_reminded_at",
)


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for name in _CASE_TIMES:
            batch_op.add_column(sa.Column(name, sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("escalation_level", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("supervised_by", sa.String(length=64), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_cases_next_check_at"), ["next_check_at"], unique=False
        )

    op.create_table(
        "extension_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("dispatch_seq", sa.Integer(), nullable=False),
        sa.Column("team_chat_id", sa.BigInteger(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_by_id", sa.BigInteger(), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("extension_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_extension_requests_case_id"), ["case_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("extension_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_extension_requests_case_id"))
    op.drop_table("extension_requests")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_next_check_at"))
        for name in (*_CASE_TIMES, "escalation_level", "supervised_by"):
            batch_op.drop_column(name)
