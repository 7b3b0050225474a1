"""Small helpers that write formulas with numbers as plain text or as Qt rich text (HTML).

Every renderer in :mod:`mlp_studio.teaching` takes ``style="text"`` (Unicode: ``w₁·x₁``, ``−0.31``) or
``style="html"`` (``w<sub>1</sub>·x<sub>1</sub>``, ready for a ``QLabel`` with rich text). Numbers use a
real minus sign and a fixed number of significant digits; the exact values always stay in the result objects,
the text is for reading only.
"""

from __future__ import annotations

import html
import math

STYLES = ("text", "html")
MINUS = "\u2212"
_SUBSCRIPTS = str.maketrans("0123456789+-ijk", "₀₁₂₃₄₅₆₇₈₉₊₋ᵢⱼₖ")
_SUPERSCRIPTS = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")


def check_style(style: str) -> str:
    """Return ``style`` if it is ``"text"`` or ``"html"``, else raise ValueError."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, not {style!r}")
    return style


def number(value: float, digits: int = 3, style: str = "text") -> str:
    """Format ``value`` with ``digits`` significant digits, a real minus sign and ×10ⁿ for tiny/huge values.

    Examples: ``0.52 -> "0.520"``, ``-0.31 -> "−0.310"``, ``1.0 -> "1.00"``, ``3e-7 -> "3.00×10⁻⁷"``.
    """
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return ("" if value > 0 else MINUS) + "∞"
    if value == 0.0:
        return "0"
    text = f"{value:#.{digits}g}"
    mantissa, _, exponent = text.partition("e")
    mantissa = mantissa.rstrip(".").replace("-", MINUS)
    if not exponent:
        return mantissa
    power = str(int(exponent))
    if style == "html":
        return f"{mantissa}×10<sup>{power.replace('-', MINUS)}</sup>"
    return f"{mantissa}×10{power.translate(_SUPERSCRIPTS)}"


def paren(value: float, digits: int = 3, style: str = "text") -> str:
    """``(0.520)``: a number in parentheses, for products written out like ``(w)(x)``."""
    return f"({number(value, digits, style)})"


def sub(base: str, index, style: str = "text") -> str:
    """``base`` with a subscript: ``sub("w", 1) -> "w₁"`` (text) or ``"w<sub>1</sub>"`` (html)."""
    index = str(index)
    if style == "html":
        return f"{html.escape(base)}<sub>{html.escape(index)}</sub>"
    translated = index.translate(_SUBSCRIPTS)
    if all(ch in "₀₁₂₃₄₅₆₇₈₉₊₋ᵢⱼₖ" for ch in translated):
        return base + translated
    return f"{base}_{index}"   # letters without a Unicode subscript form


def sup(base: str, power, style: str = "text") -> str:
    """``base`` with a superscript (``a²``)."""
    power = str(power)
    if style == "html":
        return f"{html.escape(base)}<sup>{html.escape(power)}</sup>"
    return base + power.translate(_SUPERSCRIPTS)


def escape(text: str, style: str = "text") -> str:
    """Escape ``text`` for HTML; plain text is returned unchanged."""
    return html.escape(text, quote=False) if style == "html" else text


def lines(parts, style: str = "text") -> str:
    """Join formula lines: newlines for text, ``<br/>`` for HTML."""
    return ("<br/>" if style == "html" else "\n").join(parts)


def signed_terms(terms) -> str:
    """Join already-formatted terms with `` + ``, turning ``+ −x`` into ``− x`` for readability."""
    out = ""
    for k, term in enumerate(terms):
        if k == 0:
            out = term
        elif term.startswith(MINUS):
            out += f" {MINUS} {term[1:]}"
        else:
            out += f" + {term}"
    return out
