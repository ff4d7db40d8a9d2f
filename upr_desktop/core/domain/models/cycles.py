"""Cycle to cycle: a recommendation's response over time, and its links to recommendations of earlier cycles."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from upr_desktop.core.domain.models.base import Base, UuidStr, new_uuid, utcnow


class ResponseChange(Base):
    """The State's response changed (pending -> noted at the adoption, a newer matrix, a mid-term update).

    Only changes are kept: a recommendation that never changed has no row, and its response is the
    one it was imported with.
    """

    __tablename__ = "response_change"
    __table_args__ = (Index("ix_response_change_recommendation", "recommendation_id", "changed_on", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"))
    old_response: Mapped[str] = mapped_column(String(30))
    new_response: Mapped[str] = mapped_column(String(30))
    # The day the new response took effect (the adoption, the date of the update), as the person or import said;
    # the import's own day when nothing was said.
    changed_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(500))  # "import:<file>", "local"
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RecommendationLink(Base):
    """A person's decision that ``predecessor`` (an earlier cycle) was, or was not, recommended before ``recommendation``."""

    __tablename__ = "recommendation_link"
    __table_args__ = (UniqueConstraint("recommendation_id", "predecessor_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"))
    predecessor_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # confirmed | rejected
    score: Mapped[float | None] = mapped_column(Float)  # the suggestion's score when it was decided
    decided_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(200))
