"""The coalition's own work: member groups, assignments, assessments, consultations, actions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from upr_desktop.core.domain.models.base import Base, UuidStr, new_uuid, utcnow
from upr_desktop.core.domain.models.review import Recommendation


class MemberGroup(Base):
    __tablename__ = "member_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    acronym: Mapped[str] = mapped_column(String(30), unique=True)
    region: Mapped[str | None] = mapped_column(String(120))
    focal_point: Mapped[str | None] = mapped_column(String(200))
    # Sensitive: never exported unless the user asks for it.
    contact_details: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # The language its exchange workbooks are written in (a shipped catalogue's code, e.g. "fr");
    # None: English, unless an export asks for another.
    language: Mapped[str | None] = mapped_column(String(16))


class Assignment(Base):
    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("recommendation_id", "group_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE")
    )
    group_id: Mapped[int] = mapped_column(ForeignKey("member_group.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="lead")
    due_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    recommendation: Mapped[Recommendation] = relationship(back_populates="assignments")
    group: Mapped[MemberGroup] = relationship()


class Assessment(Base):
    """A dated observation of implementation. Append-only: the newest is the current status."""

    __tablename__ = "assessment"
    __table_args__ = (Index("ix_assessment_latest", "recommendation_id", "assessed_on", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("member_group.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(30))
    assessed_on: Mapped[date] = mapped_column(Date, index=True)
    evidence: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str | None] = mapped_column(Text)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    recorded_by: Mapped[str | None] = mapped_column(String(200))

    recommendation: Mapped[Recommendation] = relationship(back_populates="assessments")
    group: Mapped[MemberGroup | None] = relationship()


class Consultation(Base):
    """An engagement with government: a meeting, workshop, written submission or dialogue."""

    __tablename__ = "consultation"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    government_body: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("member_group.id", ondelete="SET NULL"), index=True
    )
    coalition_participants: Mapped[str | None] = mapped_column(Text)
    # Sensitive: names of officials met.
    government_participants: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    commitments: Mapped[str | None] = mapped_column(Text)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=sql_text("1"))  # migration 0010

    group: Mapped[MemberGroup | None] = relationship()
    recommendations: Mapped[list[Recommendation]] = relationship(
        secondary="consultation_recommendation", order_by="Recommendation.ref"
    )


class ConsultationRecommendation(Base):
    __tablename__ = "consultation_recommendation"
    __table_args__ = (UniqueConstraint("consultation_id", "recommendation_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE")
    )
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )


class FollowUpAction(Base):
    __tablename__ = "follow_up_action"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    description: Mapped[str] = mapped_column(Text)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("member_group.id", ondelete="SET NULL"), index=True
    )
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(30), default="open")
    consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultation.id", ondelete="SET NULL"), index=True
    )
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=sql_text("1"))  # migration 0010

    group: Mapped[MemberGroup | None] = relationship()
    consultation: Mapped[Consultation | None] = relationship()
    recommendations: Mapped[list[Recommendation]] = relationship(
        secondary="action_recommendation", order_by="Recommendation.ref"
    )


class ActionRecommendation(Base):
    __tablename__ = "action_recommendation"
    __table_args__ = (UniqueConstraint("action_id", "recommendation_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("follow_up_action.id", ondelete="CASCADE")
    )
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
