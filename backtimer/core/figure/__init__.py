"""The moving figure: a skeleton posed by joint angles, keyframes per exercise, pose_at()."""

from backtimer.core.figure.library import MOVEMENTS, Frame, frame, movement, picture, pose_at

__all__ = ["MOVEMENTS", "Frame", "frame", "movement", "picture", "pose_at"]
