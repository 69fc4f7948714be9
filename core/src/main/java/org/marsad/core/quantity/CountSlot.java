package org.marsad.core.quantity;

/** What a count counts. */
public enum CountSlot {
    DEAD, INJURED, ARRESTED, DISPLACED
}
