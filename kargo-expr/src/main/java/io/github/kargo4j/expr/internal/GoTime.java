package io.github.kargo4j.expr.internal;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Go's time package as expr-lang uses it: durations, layouts, parsing and printing. */
final class GoTime {

    private GoTime() {
    }

    /** A Go {@code *time.Location}. */
    record Location(String name, ZoneId zone) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<String> DEFAULT_LAYOUTS = List.of("2006-01-02", "15:04:05", "2006-01-02 15:04:05",
            "2006-01-02T15:04:05Z07:00", "02 Jan 06 15:04 MST", "Monday, 02-Jan-06 15:04:05 MST",
            "Mon, 02 Jan 2006 15:04:05 MST");

    static ZonedDateTime add(ZonedDateTime t, Duration d) {
        return t.plusNanos(d.toNanos());
    }

    /** t.Sub(u), saturating as Go does. */
    static Duration sub(ZonedDateTime t, ZonedDateTime u) {
        BigInteger n = BigInteger.valueOf(t.toEpochSecond() - u.toEpochSecond()).multiply(BigInteger.valueOf(1_000_000_000L))
                .add(BigInteger.valueOf(t.getNano() - u.getNano()));
        if (n.bitLength() > 63) {
            return Duration.ofNanos(n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
        }
        return Duration.ofNanos(n.longValue());
    }

    /** Go's Duration.String. */
    static String durationString(Duration d) {
        long n = d.toNanos();
        if (n == 0) {
            return "0s";
        }
        boolean neg = n < 0;
        BigInteger u = BigInteger.valueOf(n).abs();
        StringBuilder b = new StringBuilder();
        if (u.compareTo(BigInteger.valueOf(1_000_000_000L)) < 0) {
            long v = u.longValue();
            String unit;
            int prec;
            if (v < 1000) {
                return (neg ? "-" : "") + v + "ns";
            } else if (v < 1_000_000) {
                unit = "µs";
                prec = 3;
            } else {
                unit = "ms";
                prec = 6;
            }
            b.append(frac(v, prec)).append(unit);
        } else {
            long v = u.min(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)).longValue();
            String secs = frac(Math.abs(v % 60_000_000_000L == 0 && v != Long.MIN_VALUE ? 0 : v % 60_000_000_000L), 9);
            if (v == Long.MIN_VALUE) {
                // |math.MinInt64|
                return "-2562047h47m16.854775808s";
            }
            long totalMinutes = v / 60_000_000_000L;
            b.append(secs).append('s');
            if (totalMinutes > 0) {
                long m = totalMinutes % 60;
                long h = totalMinutes / 60;
                b.insert(0, m + "m");
                if (h > 0) {
                    b.insert(0, h + "h");
                }
            }
        }
        return (neg ? "-" : "") + b;
    }

    private static String frac(long v, int prec) {
        long pow = (long) Math.pow(10, prec);
        long whole = v / pow;
        long f = v % pow;
        if (f == 0) {
            return Long.toString(whole);
        }
        String fs = String.format("%0" + prec + "d", f).replaceAll("0+$", "");
        return whole + "." + fs;
    }

    /** Go's time.ParseDuration. */
    static Duration parseDuration(String orig) {
        String s = orig;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.isEmpty()) {
            throw new EvalError("time: invalid duration " + GoFmt.quote(orig));
        }
        BigInteger total = BigInteger.ZERO;
        BigInteger max = BigInteger.ONE.shiftLeft(63);
        while (!s.isEmpty()) {
            char c = s.charAt(0);
            if (!(c == '.' || (c >= '0' && c <= '9'))) {
                throw new EvalError("time: invalid duration " + GoFmt.quote(orig));
            }
            int i = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            String intPart = s.substring(0, i);
            boolean pre = i > 0;
            s = s.substring(i);
            String fracPart = "";
            boolean post = false;
            if (!s.isEmpty() && s.charAt(0) == '.') {
                s = s.substring(1);
                int j = 0;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                fracPart = s.substring(0, j);
                post = j > 0;
                s = s.substring(j);
            }
            if (!pre && !post) {
                throw new EvalError("time: invalid duration " + GoFmt.quote(orig));
            }
            int u = 0;
            while (u < s.length() && s.charAt(u) != '.' && !(s.charAt(u) >= '0' && s.charAt(u) <= '9')) {
                u++;
            }
            if (u == 0) {
                throw new EvalError("time: missing unit in duration " + GoFmt.quote(orig));
            }
            String unit = s.substring(0, u);
            s = s.substring(u);
            long scale = switch (unit) {
                case "ns" -> 1L;
                case "us", "µs", "μs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                default -> throw new EvalError("time: unknown unit " + GoFmt.quote(unit) + " in duration "
                        + GoFmt.quote(orig));
            };
            BigInteger v = intPart.isEmpty() ? BigInteger.ZERO : new BigInteger(intPart);
            if (v.compareTo(max) > 0) {
                throw new EvalError("time: invalid duration " + GoFmt.quote(orig));
            }
            v = v.multiply(BigInteger.valueOf(scale));
            if (!fracPart.isEmpty()) {
                java.math.BigDecimal f = new java.math.BigDecimal("0." + fracPart).multiply(java.math.BigDecimal.valueOf(scale));
                v = v.add(f.toBigInteger());
            }
            total = total.add(v);
            if (total.compareTo(max) > 0) {
                throw new EvalError("time: invalid duration " + GoFmt.quote(orig));
            }
        }
        if (neg) {
            total = total.negate();
        } else if (total.compareTo(max) >= 0) {
            throw new EvalError("time: invalid duration " + GoFmt.quote(orig));
        }
        return Duration.ofNanos(total.longValue());
    }

    /** Go's Time.String: {@code 2006-01-02 15:04:05.999999999 -0700 MST}. */
    static String timeString(ZonedDateTime t) {
        return format(t, "2006-01-02 15:04:05.999999999 -0700 MST");
    }

    // ---- layouts ------------------------------------------------------------------------------------------------

    private static final String[] TOKENS = {"January", "Monday", "Jan", "Mon", "MST", "2006", "002", "01", "02", "03",
        "04", "05", "06", "_2", "15", "1", "2", "3", "4", "5", "PM", "pm", "Z07:00:00", "-07:00:00", "Z0700", "Z07:00",
        "Z07", "-0700", "-07:00", "-07", ".000000000", ".00000000", ".0000000", ".000000", ".00000", ".0000", ".000",
        ".00", ".0", ".999999999", ".99999999", ".9999999", ".999999", ".99999", ".9999", ".999", ".99", ".9",
        ",000", ",999"};

    private static String tokenAt(String layout, int i) {
        for (String tok : TOKENS) {
            if (layout.startsWith(tok, i)) {
                if ((tok.startsWith(".") || tok.startsWith(",")) && i + tok.length() < layout.length()
                        && isDigit(layout.charAt(i + tok.length()))) {
                    continue;
                }
                return tok;
            }
        }
        return null;
    }

    /** Go's Time.Format. */
    static String format(ZonedDateTime t, String layout) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            String tok = tokenAt(layout, i);
            if (tok == null) {
                b.append(layout.charAt(i));
                i++;
                continue;
            }
            i += tok.length();
            int offset = t.getOffset().getTotalSeconds();
            switch (tok) {
                case "January" -> b.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case "Jan" -> b.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case "Monday" -> b.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case "Mon" -> b.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case "2006" -> b.append(String.format("%04d", t.getYear()));
                case "06" -> b.append(String.format("%02d", Math.floorMod(t.getYear(), 100)));
                case "01" -> b.append(String.format("%02d", t.getMonthValue()));
                case "1" -> b.append(t.getMonthValue());
                case "02" -> b.append(String.format("%02d", t.getDayOfMonth()));
                case "_2" -> b.append(String.format("%2d", t.getDayOfMonth()));
                case "2" -> b.append(t.getDayOfMonth());
                case "002" -> b.append(String.format("%03d", t.getDayOfYear()));
                case "15" -> b.append(String.format("%02d", t.getHour()));
                case "03" -> b.append(String.format("%02d", hour12(t)));
                case "3" -> b.append(hour12(t));
                case "04" -> b.append(String.format("%02d", t.getMinute()));
                case "4" -> b.append(t.getMinute());
                case "05" -> b.append(String.format("%02d", t.getSecond()));
                case "5" -> b.append(t.getSecond());
                case "PM" -> b.append(t.getHour() >= 12 ? "PM" : "AM");
                case "pm" -> b.append(t.getHour() >= 12 ? "pm" : "am");
                case "MST" -> b.append(zoneAbbrev(t));
                default -> {
                    if (tok.startsWith("Z") || tok.startsWith("-")) {
                        if (tok.startsWith("Z") && offset == 0) {
                            b.append('Z');
                        } else {
                            b.append(offsetString(offset, tok));
                        }
                    } else {
                        // fractional seconds
                        int digits = tok.length() - 1;
                        String nanos = String.format("%09d", t.getNano()).substring(0, digits);
                        char sep = tok.charAt(0);
                        if (tok.charAt(1) == '9') {
                            nanos = nanos.replaceAll("0+$", "");
                            if (!nanos.isEmpty()) {
                                b.append(sep).append(nanos);
                            }
                        } else {
                            b.append(sep).append(nanos);
                        }
                    }
                }
            }
        }
        return b.toString();
    }

    private static int hour12(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String offsetString(int offset, String tok) {
        char sign = offset < 0 ? '-' : '+';
        int a = Math.abs(offset);
        int h = a / 3600;
        int m = a / 60 % 60;
        int s = a % 60;
        String body = tok.substring(1);
        return switch (body) {
            case "07" -> String.format("%c%02d", sign, h);
            case "0700" -> String.format("%c%02d%02d", sign, h, m);
            case "07:00" -> String.format("%c%02d:%02d", sign, h, m);
            default -> String.format("%c%02d:%02d:%02d", sign, h, m, s);
        };
    }

    /** Go's zone abbreviation: UTC, the abbreviation of a named zone, or the offset for a fixed zone. */
    static String zoneAbbrev(ZonedDateTime t) {
        ZoneId z = t.getZone();
        if (z.equals(ZoneOffset.UTC) || z.getId().equals("UTC") || z.getId().equals("Z")) {
            return "UTC";
        }
        if (z instanceof ZoneOffset off) {
            return offsetString(off.getTotalSeconds(), "-0700");
        }
        return java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(t);
    }

    /** Go's time.ParseInLocation (loc null: UTC, as time.Parse). Throws EvalError with Go's message. */
    static ZonedDateTime parse(String layout, String value, ZoneId loc) {
        int year = 0;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        boolean pm = false;
        boolean pmSet = false;
        Integer offset = null;
        String zoneName = null;
        int li = 0;
        int vi = 0;
        String orig = value;
        while (li < layout.length()) {
            String tok = tokenAt(layout, li);
            if (tok == null) {
                if (vi >= value.length() || value.charAt(vi) != layout.charAt(li)) {
                    throw parseError(layout, orig, layout.substring(li), value.substring(Math.min(vi, value.length())));
                }
                li++;
                vi++;
                continue;
            }
            String rest = value.substring(vi);
            String layoutRest = layout.substring(li);
            li += tok.length();
            try {
                switch (tok) {
                    case "2006" -> {
                        requireDigits(rest, 4);
                        year = Integer.parseInt(rest.substring(0, 4));
                        vi += 4;
                    }
                    case "06" -> {
                        requireDigits(rest, 2);
                        year = Integer.parseInt(rest.substring(0, 2));
                        year += year >= 69 ? 1900 : 2000;
                        vi += 2;
                    }
                    case "01", "02", "03", "04", "05" -> {
                        requireDigits(rest, 2);
                        int v = Integer.parseInt(rest.substring(0, 2));
                        vi += 2;
                        switch (tok) {
                            case "01" -> month = range(v, 1, 12, "month");
                            case "02" -> day = v;
                            case "03" -> hour = range(v, 0, 12, "hour");
                            case "04" -> minute = range(v, 0, 59, "minute");
                            default -> second = range(v, 0, 59, "second");
                        }
                    }
                    // Go reads these, and "15" (getnum with fixed false), as one or two digits
                    case "1", "2", "3", "4", "5", "_2", "15" -> {
                        String r = rest;
                        int skip = 0;
                        if (tok.equals("_2") && r.startsWith(" ")) {
                            r = r.substring(1);
                            skip = 1;
                        }
                        int n = 0;
                        while (n < r.length() && n < 2 && isDigit(r.charAt(n))) {
                            n++;
                        }
                        if (n == 0) {
                            throw new IllegalArgumentException();
                        }
                        int v = Integer.parseInt(r.substring(0, n));
                        vi += skip + n;
                        switch (tok) {
                            case "1" -> month = range(v, 1, 12, "month");
                            case "3" -> hour = range(v, 0, 12, "hour");
                            case "15" -> hour = range(v, 0, 23, "hour");
                            case "4" -> minute = range(v, 0, 59, "minute");
                            case "5" -> second = range(v, 0, 59, "second");
                            default -> day = v;
                        }
                    }
                    case "002" -> {
                        requireDigits(rest, 3);
                        vi += 3;
                    }
                    case "Jan", "January", "Mon", "Monday" -> {
                        boolean full = tok.length() > 3;
                        boolean months = tok.startsWith("J");
                        int found = -1;
                        int len = 0;
                        for (int k = 1; k <= (months ? 12 : 7); k++) {
                            String name = months
                                    ? java.time.Month.of(k).getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH)
                                    : java.time.DayOfWeek.of(k).getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
                            if (rest.regionMatches(true, 0, name, 0, name.length())) {
                                found = k;
                                len = name.length();
                                break;
                            }
                        }
                        if (found < 0) {
                            throw new IllegalArgumentException();
                        }
                        if (months) {
                            month = found;
                        }
                        vi += len;
                    }
                    case "PM", "pm" -> {
                        if (rest.length() < 2) {
                            throw new IllegalArgumentException();
                        }
                        String p = rest.substring(0, 2);
                        if (p.equalsIgnoreCase("PM")) {
                            pm = true;
                        } else if (!p.equalsIgnoreCase("AM")) {
                            throw new IllegalArgumentException();
                        }
                        pmSet = true;
                        vi += 2;
                    }
                    case "MST" -> {
                        if (rest.startsWith("UTC")) {
                            zoneName = "UTC";
                            vi += 3;
                        } else {
                            int n = 0;
                            while (n < rest.length() && Character.isUpperCase(rest.charAt(n))) {
                                n++;
                            }
                            if (n < 3) {
                                throw new IllegalArgumentException();
                            }
                            zoneName = rest.substring(0, n);
                            vi += n;
                        }
                    }
                    default -> {
                        if (tok.startsWith("Z") || tok.startsWith("-")) {
                            if (tok.startsWith("Z") && rest.startsWith("Z")) {
                                offset = 0;
                                vi += 1;
                            } else {
                                int[] parsed = parseOffset(rest, tok.substring(1));
                                offset = parsed[0];
                                vi += parsed[1];
                            }
                        } else {
                            // fractional seconds: layout .000 requires exactly the digits; .999 optional
                            if (rest.isEmpty() || (rest.charAt(0) != '.' && rest.charAt(0) != ',')) {
                                if (tok.charAt(1) == '9') {
                                    break;
                                }
                                throw new IllegalArgumentException();
                            }
                            int n = 1;
                            while (n < rest.length() && isDigit(rest.charAt(n))) {
                                n++;
                            }
                            if (tok.charAt(1) == '0' && n - 1 != tok.length() - 1) {
                                throw new IllegalArgumentException();
                            }
                            String digits = rest.substring(1, n);
                            if (digits.length() > 9) {
                                digits = digits.substring(0, 9);
                            }
                            nanos = Integer.parseInt((digits + "000000000").substring(0, 9));
                            vi += n;
                        }
                    }
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                if (e instanceof RangeError r) {
                    throw new EvalError("parsing time " + GoFmt.quote(orig) + ": " + r.getMessage() + " out of range");
                }
                throw parseError(layout, orig, layoutRest.substring(0, tok.length()), rest);
            }
            // Go accepts fractional seconds after a seconds field even when the layout has none
            if ((tok.equals("05") || tok.equals("5")) && vi < value.length() && value.charAt(vi) == '.'
                    && !(li < layout.length() && layout.charAt(li) == '.')) {
                int n = vi + 1;
                while (n < value.length() && isDigit(value.charAt(n))) {
                    n++;
                }
                String digits = value.substring(vi + 1, n);
                if (!digits.isEmpty()) {
                    nanos = Integer.parseInt((digits + "000000000").substring(0, 9));
                    vi = n;
                }
            }
        }
        if (vi < value.length()) {
            throw new EvalError("parsing time " + GoFmt.quote(orig) + ": extra text: " + GoFmt.quote(value.substring(vi)));
        }
        if (pmSet) {
            if (pm && hour < 12) {
                hour += 12;
            } else if (!pm && hour == 12) {
                hour = 0;
            }
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new EvalError("parsing time " + GoFmt.quote(orig) + ": day out of range");
        }
        LocalDateTime ldt = LocalDateTime.of(date, java.time.LocalTime.of(hour, minute, second, nanos));
        if (offset != null) {
            ZoneOffset off = ZoneOffset.ofTotalSeconds(offset);
            if (loc != null) {
                ZonedDateTime inLoc = ldt.atOffset(off).atZoneSameInstant(loc);
                if (inLoc.getOffset().equals(off)) {
                    return inLoc;
                }
            }
            if (offset == 0 && (loc == null || loc.equals(ZoneOffset.UTC))) {
                return ldt.atZone(ZoneOffset.UTC);
            }
            return ldt.atOffset(off).toZonedDateTime();
        }
        if (zoneName != null) {
            if (zoneName.equals("UTC")) {
                return ldt.atZone(ZoneOffset.UTC);
            }
            if (zoneName.equals("GMT")) {
                return ldt.atZone(ZoneId.of("GMT"));
            }
            // Go: an unknown abbreviation gives a fabricated zone with offset 0 (or loc's if it matches)
            return ldt.atZone(loc != null ? loc : ZoneOffset.UTC);
        }
        return ldt.atZone(loc != null ? loc : ZoneOffset.UTC).withLaterOffsetAtOverlap();
    }

    private static final class RangeError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        RangeError(String what) {
            super(what);
        }
    }

    private static int range(int v, int lo, int hi, String what) {
        if (v < lo || v > hi) {
            throw new RangeError(what);
        }
        return v;
    }

    /** Go's isDigit: an ASCII digit only (a layout's numbers are never other scripts' digits). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void requireDigits(String s, int n) {
        if (s.length() < n) {
            throw new IllegalArgumentException();
        }
        for (int i = 0; i < n; i++) {
            if (!isDigit(s.charAt(i))) {
                throw new IllegalArgumentException();
            }
        }
    }

    private static int[] parseOffset(String s, String form) {
        if (s.isEmpty() || (s.charAt(0) != '+' && s.charAt(0) != '-')) {
            throw new IllegalArgumentException();
        }
        int sign = s.charAt(0) == '-' ? -1 : 1;
        int h;
        int m = 0;
        int sec = 0;
        int len;
        switch (form) {
            case "07" -> {
                requireDigits(s.substring(1), 2);
                h = Integer.parseInt(s.substring(1, 3));
                len = 3;
            }
            case "0700" -> {
                requireDigits(s.substring(1), 4);
                h = Integer.parseInt(s.substring(1, 3));
                m = Integer.parseInt(s.substring(3, 5));
                len = 5;
            }
            case "07:00" -> {
                if (s.length() < 6 || s.charAt(3) != ':') {
                    throw new IllegalArgumentException();
                }
                requireDigits(s.substring(1), 2);
                requireDigits(s.substring(4), 2);
                h = Integer.parseInt(s.substring(1, 3));
                m = Integer.parseInt(s.substring(4, 6));
                len = 6;
            }
            default -> {
                if (s.length() < 9 || s.charAt(3) != ':' || s.charAt(6) != ':') {
                    throw new IllegalArgumentException();
                }
                h = Integer.parseInt(s.substring(1, 3));
                m = Integer.parseInt(s.substring(4, 6));
                sec = Integer.parseInt(s.substring(7, 9));
                len = 9;
            }
        }
        if (h > 24 || m > 59 || sec > 59) {
            throw new IllegalArgumentException();
        }
        return new int[] {sign * (h * 3600 + m * 60 + sec), len};
    }

    private static EvalError parseError(String layout, String value, String layoutElem, String valueElem) {
        return new EvalError("parsing time " + GoFmt.quote(value) + " as " + GoFmt.quote(layout) + ": cannot parse "
                + GoFmt.quote(valueElem) + " as " + GoFmt.quote(layoutElem));
    }
}
