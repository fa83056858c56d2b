"""Footage played inside the program, decrypted in memory only.

The decrypted bytes sit in a ``QBuffer`` that ``QMediaPlayer.setSourceDevice`` reads (Qt's
bundled FFmpeg back end); no plaintext file is ever written. Play/pause, a seek slider, the
position, and "bookmark here": a note kept beside the footage at the current second
(``footage.add_note(..., offset_s=)``).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QGraphicsVideoItem
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

Status = QMediaPlayer.MediaStatus


def clock_text(ms: int) -> str:
    s = max(0, ms) // 1000
    if s >= 3600:
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


class FootagePlayer(QWidget):
    bookmark = Signal(float)   # seconds into the recording
    failed = Signal(str)       # a message for the officer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buffer: QBuffer | None = None
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        # A video item in a plain graphics view: painted like any widget (so it also shows
        # in screenshots and under the offscreen platform), aspect ratio kept.
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsVideoItem()
        self.item.nativeSizeChanged.connect(lambda _s: self._fit())
        self.scene.addItem(self.item)
        self.video = QGraphicsView(self.scene)
        self.video.setBackgroundBrush(QBrush(QColor("black")))
        self.video.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.video.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.video.setMinimumHeight(200)
        self.player.setVideoOutput(self.item)
        self.play_button = QPushButton(self.tr("&Play"))
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.position = QLabel("0:00 / 0:00")
        self.mark_button = QPushButton(self.tr("&Bookmark here"))
        self.mark_button.setToolTip(self.tr("Keep a note at this moment of the recording"))
        self.mark_button.clicked.connect(lambda: self.bookmark.emit(self.seconds()))
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(self._error)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.position)
        controls.addWidget(self.mark_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.video, 1)
        box.addLayout(controls)
        self._enable(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The frame as large as the view allows, its proportions kept, centred."""
        view = self.video.viewport().size().toSizeF()
        native = self.item.nativeSize()
        size = native.scaled(view, Qt.AspectRatioMode.KeepAspectRatio) \
            if native.width() > 0 and native.height() > 0 else view
        self.item.setSize(size)
        self.item.setPos((view.width() - size.width()) / 2, (view.height() - size.height()) / 2)
        self.scene.setSceneRect(0, 0, view.width(), view.height())

    def load(self, data: bytes, name: str = "") -> None:
        """Play ``data`` from memory. ``name`` only hints the container format."""
        self.unload()
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # A non-file URL: the name is a format hint, never a path that could be opened.
        self.player.setSourceDevice(self.buffer, QUrl(f"memory:{name.rsplit('/', 1)[-1]}"))
        self._enable(True)

    def unload(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
            self.buffer.deleteLater()
            self.buffer = None
        self.slider.setRange(0, 0)
        self.position.setText("0:00 / 0:00")
        self._enable(False)

    @property
    def loaded(self) -> bool:
        return self.buffer is not None

    def seconds(self) -> float:
        return self.player.position() / 1000.0

    def seek(self, seconds: float) -> None:
        self.player.setPosition(int(seconds * 1000))

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _enable(self, on: bool) -> None:
        for w in (self.play_button, self.slider, self.mark_button):
            w.setEnabled(on)

    def _duration(self, ms: int) -> None:
        self.slider.setRange(0, ms)
        self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.position.setText(f"{clock_text(ms)} / {clock_text(self.player.duration())}")

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("&Pause") if playing else self.tr("&Play"))

    def _error(self, _error: QMediaPlayer.Error, _text: str) -> None:
        self.failed.emit(self.tr("This recording cannot be played here: its format is not "
                                 "one the program can show. The file in the vault is not "
                                 "affected; release a copy to view it with the camera "
                                 "maker's software."))
