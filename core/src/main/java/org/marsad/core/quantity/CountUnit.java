package org.marsad.core.quantity;

/** What one unit of a count is: a person, or a family ({@code 300 عائلة} counts families, not people). */
public enum CountUnit {
    PEOPLE, FAMILIES
}
