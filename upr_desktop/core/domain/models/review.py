"""The review and its recommendations, with their themes, SDGs and affected persons."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from upr_desktop.core.domain.models.base import Base, JSONDict, JSONList, UuidStr, new_uuid, utcnow

if TYPE_CHECKING:
    from upr_desktop.core.domain.models.coalition import Assessment, Assignment


class Workspace(Base):
    """One coalition's workspace: exactly one row per file."""

    __tablename__ = "workspace"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    state_under_review: Mapped[str] = mapped_column(String(120))
    cycles: Mapped[list[int]] = mapped_column(JSONList, default=list)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Exchange signing key, only when no OS keyring works (the user is told so).
    signing_key: Mapped[str | None] = mapped_column(String(128))
    settings: Mapped[dict[str, object]] = mapped_column(JSONDict, default=dict)


class Review(Base):
    __tablename__ = "review"
    __table_args__ = (UniqueConstraint("state_under_review", "cycle"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    state_under_review: Mapped[str] = mapped_column(String(120))
    cycle: Mapped[int] = mapped_column(Integer)
    session: Mapped[int | None] = mapped_column(Integer)
    review_date: Mapped[date | None] = mapped_column(Date)
    adoption_date: Mapped[date | None] = mapped_column(Date)
    outcome_document: Mapped[str | None] = mapped_column(String(60))


class Recommendation(Base):
    __tablename__ = "recommendation"
    # The earlier cycles of one State, among every State's recommendations (migration 0009); it answers queries on the
    # State alone too (its leading column): state_under_review has no index of its own (migration 0012).
    __table_args__ = (Index("ix_recommendation_state_cycle", "state_under_review", "cycle"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UuidStr, unique=True, default=new_uuid)
    ref: Mapped[str] = mapped_column(String(60), index=True)
    # Identity across re-imports: the source reference, or a stable hash of its content.
    source_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    source_format: Mapped[str | None] = mapped_column(String(30))
    source_document: Mapped[str | None] = mapped_column(String(120))
    # What the source says beside the text ("Comments: ...", a position note), kept out of the text itself.
    source_note: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    state_under_review: Mapped[str] = mapped_column(String(120))
    recommending_states: Mapped[list[str]] = mapped_column(JSONList, default=list, index=True)  # sort order (migration 0005)
    response: Mapped[str] = mapped_column(String(30), index=True)
    action_category: Mapped[int | None] = mapped_column(Integer)
    session: Mapped[int | None] = mapped_column(Integer)
    cycle: Mapped[int | None] = mapped_column(Integer, index=True)
    theme_cluster: Mapped[str | None] = mapped_column(String(200))
    review_id: Mapped[int | None] = mapped_column(ForeignKey("review.id", ondelete="SET NULL"))
    # Derived, kept in step by SQLite triggers (migration 0002) whatever writes the assessments or
    # assignments (services, merges, undo, bulk loads): never set these by hand. They let the
    # table sort and filter 100,000 recommendations, and the dashboard count, without joins.
    current_status: Mapped[str | None] = mapped_column(String(30), index=True)
    last_assessed_on: Mapped[date | None] = mapped_column(Date)
    lead_group: Mapped[str | None] = mapped_column(String(30))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Raised by the database on every change of what a person sees (migration 0010): a save compares it.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=sql_text("1"))

    themes: Mapped[list[Theme]] = relationship(secondary="recommendation_theme", order_by="Theme.name")
    sdgs: Mapped[list[SdgTarget]] = relationship(secondary="recommendation_sdg", order_by="SdgTarget.code")
    affected_groups: Mapped[list[AffectedGroup]] = relationship(
        secondary="recommendation_affected_group", order_by="AffectedGroup.name"
    )
    assignments: Mapped[list[Assignment]] = relationship(back_populates="recommendation")
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="recommendation", order_by="Assessment.id"
    )


class Theme(Base):
    __tablename__ = "theme"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str | None] = mapped_column(String(20))


class SdgTarget(Base):
    """An SDG goal ("5") or target ("5.2")."""

    __tablename__ = "sdg_target"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    title: Mapped[str | None] = mapped_column(String(300))


class AffectedGroup(Base):
    """A group of affected persons (women and girls, children, migrants...)."""

    __tablename__ = "affected_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class RecommendationTheme(Base):
    __tablename__ = "recommendation_theme"
    __table_args__ = (UniqueConstraint("recommendation_id", "theme_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE")
    )
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)


class RecommendationSdg(Base):
    __tablename__ = "recommendation_sdg"
    __table_args__ = (UniqueConstraint("recommendation_id", "sdg_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE")
    )
    sdg_id: Mapped[int] = mapped_column(ForeignKey("sdg_target.id", ondelete="CASCADE"), index=True)


class RecommendationAffectedGroup(Base):
    __tablename__ = "recommendation_affected_group"
    __table_args__ = (UniqueConstraint("recommendation_id", "affected_group_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE")
    )
    affected_group_id: Mapped[int] = mapped_column(
        ForeignKey("affected_group.id", ondelete="CASCADE"), index=True
    )
