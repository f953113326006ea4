package io.zkmig.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every duration option: {@code 30s}, {@code 5m}, {@code 2h}, {@code 1h30m}, {@code 1d}. A value that is no duration,
 * or a negative one, is a usage error (exit 2) said in words.
 */
public final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        Duration d;
        try {
            d = v.endsWith("D") ? Duration.parse("P" + v) : Duration.parse("PT" + v);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration: write a number and a unit"
                    + " (s, m, h or d), e.g. 30s, 5m, 1h30m or 2d");
        }
        if (d.isNegative()) {
            throw new TypeConversionException("'" + value + "' is negative: a duration is 0 or more, e.g. 5m");
        }
        return d;
    }
}
