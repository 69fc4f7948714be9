package org.marsad.core.time;

/**
 * Which way a date expression points from the publication date, as the text says it: {@code PAST}
 * ({@code أمس}, {@code الماضي}, {@code قبل يومين}), {@code PRESENT} ({@code اليوم}, {@code الجاري}), {@code FUTURE}
 * ({@code غداً}, {@code المقبل}, or a future verb such as {@code سيعقد} before a weekday), {@code NONE} (absolute dates
 * and bare names read as past by default).
 */
public enum TimeCue {
    PAST, PRESENT, FUTURE, NONE
}
