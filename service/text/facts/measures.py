"""Units of measure: what each unit measures and how to convert it, so that "100 km" may be
rendered "62 miles" but not "100 miles" (and "35 st. C" as "95°F" but not "35°F")."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .model import Measure

# A temperature in degrees with no scale ("15 stopni", "15 degrees"): any scale fits it.
DEGREES = "°"
_RELATIVE_TOLERANCE = Decimal("0.1")
_SCALES = ("°C", "°F")  # what English "degrees" may mean


@dataclass(frozen=True)
class Unit:
    dimension: str
    factor: Decimal  # base units per unit, after the offset: base = (amount + offset) * factor
    offset: Decimal = Decimal(0)


def _d(text: str) -> Decimal:
    return Decimal(text)


UNITS: dict[str, Unit] = {
    "mm": Unit("length", _d("0.001")),
    "cm": Unit("length", _d("0.01")),
    "m": Unit("length", _d("1")),
    "km": Unit("length", _d("1000")),
    "in": Unit("length", _d("0.0254")),
    "ft": Unit("length", _d("0.3048")),
    "yd": Unit("length", _d("0.9144")),
    "mi": Unit("length", _d("1609.344")),
    "km/h": Unit("speed", _d("1")),
    "mph": Unit("speed", _d("1.609344")),
    "m²": Unit("area", _d("1")),
    "km²": Unit("area", _d("1000000")),
    "ha": Unit("area", _d("10000")),
    "ft²": Unit("area", _d("0.09290304")),
    "acre": Unit("area", _d("4046.8564224")),
    "mi²": Unit("area", _d("2589988.110336")),
    "g": Unit("mass", _d("0.001")),
    "kg": Unit("mass", _d("1")),
    "t": Unit("mass", _d("1000")),
    "lb": Unit("mass", _d("0.45359237")),
    "°C": Unit("temperature", _d("1")),
    "°F": Unit("temperature", _d("5") / _d("9"), _d("-32")),
    DEGREES: Unit("temperature", _d("1")),
}


def same_dimension(a: str, b: str) -> bool:
    return UNITS[a].dimension == UNITS[b].dimension


def same_scale(source: str, rendering: str) -> bool:
    """The same unit, or a temperature whose scale is unsaid: Polish "stopni" are Celsius,
    English "degrees" may be either scale."""
    if source == rendering:
        return True
    if not same_dimension(source, rendering):
        return False
    return rendering == DEGREES or (source == DEGREES and rendering == "°C")


def _base(m: Measure) -> Decimal:
    unit = UNITS[m.unit]
    return (m.amount + unit.offset) * unit.factor


def converts(source: Measure, rendering: Measure) -> bool:
    """Is `rendering` `source` in another unit, rounded as written ("62 miles", "44,000
    pounds", "95°F")? Within half a unit of its last significant digit, and within 10%.
    Temperatures with the scale unsaid read as `same_scale` says."""
    if not same_dimension(source.unit, rendering.unit):
        return False
    if source.unit == DEGREES:
        source = Measure(source.amount, "°C")
    if rendering.unit == DEGREES:
        return any(converts(source, Measure(rendering.amount, scale)) for scale in _SCALES)
    if source.unit == rendering.unit:
        return source.amount == rendering.amount
    target = UNITS[rendering.unit]
    exact = _base(source) / target.factor - target.offset
    written = rendering.amount
    if written == 0:
        return abs(exact) < Decimal("0.5")
    quantum = Decimal(1).scaleb(written.normalize().as_tuple().exponent)  # type: ignore[arg-type]
    error = abs(exact - written)
    return error <= quantum / 2 and error <= abs(written) * _RELATIVE_TOLERANCE
