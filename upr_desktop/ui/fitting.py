"""Small screens and long translations: widgets that give up width gracefully (elide, wrap, shrink) and say what they hide."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

# The screens the app must fit (the fit test checks every page and dialog against them).
SMALLEST_SCREEN = QSize(1024, 600)  # a netbook
WINDOW_FRAME = QSize(16, 40)  # a title bar and borders, which the system draws around a window
PRESENTATION_SCREEN = QSize(1366, 768)  # the trainer's laptop on a projector (F11)

COMBO_CHARS = 8  # a shrunk list shows at least this many characters; its popup is as wide as its longest item


def shrink_combo(combo: QComboBox, name: str = "", chars: int = COMBO_CHARS) -> QComboBox:
    """Let the list be narrower than its longest item when room is short; its tooltip then says what it shows.

    It keeps its natural width (its longest item) whenever the layout has room: only its minimum goes down.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    name = name or combo.toolTip() or combo.accessibleName()

    def show_choice(text: str) -> None:
        combo.setToolTip(QCoreApplication.translate("Fitting", "%1: %2").replace("%1", name).replace("%2", text) if name else text)

    def set_minimum() -> None:
        metrics = combo.fontMetrics()
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        inner = QSize(metrics.horizontalAdvance("x") * chars, metrics.height())
        # Height too: Qt keeps a combo's minimum height from before a font change (presentation mode squeezed them).
        combo.setMinimumSize(combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, inner, combo))

    combo.currentTextChanged.connect(show_choice)
    show_choice(combo.currentText())
    set_minimum()
    RefitOnFontChange(combo, set_minimum)  # presentation mode's larger text
    return combo


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when there is no room; the whole text is its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("\u2026") * 3, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(0, self.width()))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


def wrap(label: QLabel) -> QLabel:
    """A label that takes as many lines as it needs instead of widening the window."""
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    return label


def title_widths(header: QHeaderView, columns: list[int], *, padding: int = 28) -> dict[int, int]:
    """How wide each column must be for its (translated) title to show whole."""
    model = header.model()
    metrics = header.fontMetrics()
    return {c: metrics.horizontalAdvance(str(model.headerData(c, header.orientation()) or "")) + padding for c in columns} if model else {}


def fit_header(header: QHeaderView, widths: dict[int, int], *, room: int = 0, floor_chars: int = 5) -> None:
    """Give these columns ``width`` pixels, or their title's width if wider: a title is not cut while there is room.

    ``room``: what these columns may take together; beyond it every column gives up width in proportion, down
    to ``floor_chars`` characters, and a title that no longer fits ends in "…" (the whole title is its tooltip).
    """
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    titles = title_widths(header, list(widths))
    wanted = {c: max(w, titles.get(c, 0)) for c, w in widths.items()}
    total = sum(wanted.values())
    if room and total > room:
        floor = header.fontMetrics().averageCharWidth() * floor_chars + 20
        wanted = {c: max(min(floor, w), round(w * room / total)) for c, w in wanted.items()}
    for column, width in wanted.items():
        header.resizeSection(column, width)


class RefitOnFontChange(QObject):
    """Calls ``refit()`` again whenever the widget's font changes (text size, presentation mode), and on the
    ``also`` events of ``watch`` (the widget itself unless given)."""

    def __init__(self, widget: QWidget, refit: Callable[[], None], *, also: tuple[QEvent.Type, ...] = (),
                 watch: QWidget | None = None) -> None:
        super().__init__(widget)
        self._refit = refit
        self._widget = widget
        self._also = also
        widget.installEventFilter(self)
        if watch is not None and watch is not widget:
            watch.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.FontChange and watched is self._widget) or event.type() in self._also:
            self._refit()
        return False


SIDEBAR_MAX_WIDTH = 170  # page names longer than this wrap onto a second line (Burmese, Spanish)
SIDEBAR_PADDING = QSize(4, 6)  # around each page name, both sides together


def size_sidebar(sidebar: QListWidget, cap: int = SIDEBAR_MAX_WIDTH, padding: QSize | None = None) -> int:
    """As wide as the longest page name, at most ``cap`` pixels: longer names wrap, never a scroll bar.

    ``padding``: what the item style adds around the text (both sides together). Each item gets the height its
    wrapped name needs: a list view does not measure wrapped text itself.
    """
    padding = padding or SIDEBAR_PADDING
    sidebar.ensurePolished()
    sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    sidebar.setWordWrap(True)
    sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
    metrics = QFontMetrics(sidebar.font())
    texts = [sidebar.item(row).text() for row in range(sidebar.count())]
    extra = 2 * sidebar.frameWidth() + padding.width() + 12
    width = min(max((metrics.horizontalAdvance(t) for t in texts), default=0) + extra, cap)
    room = width - extra
    for row, text in enumerate(texts):
        if metrics.horizontalAdvance(text) <= room:
            sidebar.item(row).setSizeHint(QSize())  # one line: the view measures it
        else:
            lines = metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text)
            sidebar.item(row).setSizeHint(QSize(room, lines.height() + padding.height()))
    sidebar.setMinimumWidth(0)
    sidebar.setMaximumWidth(16777215)
    sidebar.setFixedWidth(width)
    sidebar.doItemsLayout()
    return width


def refresh_geometry(window: QWidget) -> None:
    """After an app-wide font change: every layout measures its widgets again, hidden pages included.

    Qt drops the layout request of a hidden widget, so a page shown later kept the sizes of the old font
    (rows of lists drawn over the table below): the layouts are run here, parents first.
    """
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        widget.updateGeometry()
    for layout in window.findChildren(QLayout):
        layout.invalidate()
    for widget in widgets:
        layout = widget.layout()
        if layout is not None:
            layout.activate()


def scrolling(content: QWidget) -> QScrollArea:
    """A frameless scroll area around a form: on a short screen it scrolls instead of pushing the window taller."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    content.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    return area


def wrapping_form(form: QFormLayout) -> QFormLayout:
    """A form whose fields go under their labels when a row is too wide (long translations, small screens)."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class _ClickToggles(QObject):
    def __init__(self, check: QCheckBox, label: QLabel) -> None:
        super().__init__(label)
        self._check = check
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self._check.isEnabled():
            self._check.toggle()
            return True
        return False


def wrapping_check(check: QCheckBox) -> QWidget:
    """A check box whose long text wraps: the box, then its text as a label that toggles it when clicked."""
    text = check.text()
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = wrap(QLabel(text))
    label.setBuddy(check)  # its mnemonic still reaches the box
    check.setText("")
    check.setAccessibleName(text.replace("&", ""))
    check.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    _ClickToggles(check, label)
    row.setAccessibleName(text.replace("&", ""))
    return row


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at this size, or smaller on a smaller screen (the status bar and the buttons stay on it).

    ``resize`` sets the inside of the window: the title bar and frame (about 40 and 16 px) come on top.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - WINDOW_FRAME.width()), min(height, room.height() - WINDOW_FRAME.height())
    window.resize(width, height)


def keep_on_screen(window: QWidget) -> None:
    """A window restored from a bigger screen (or a projector) is shrunk and moved back onto this one."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isFullScreen() or window.isMaximized():
        return
    room = screen.availableGeometry()
    width = min(window.width(), room.width() - WINDOW_FRAME.width())
    height = min(window.height(), room.height() - WINDOW_FRAME.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), room.left()), room.right() - width - WINDOW_FRAME.width())
    y = min(max(window.y(), room.top()), room.bottom() - height - WINDOW_FRAME.height())
    if (x, y) != (window.x(), window.y()):
        window.move(max(room.left(), x), max(room.top(), y))
