package org.marsad.core.arch.cycle.b;

import org.marsad.core.arch.cycle.a.A;

/** The other half of the deliberate package cycle of {@code PackageCyclesTest}. */
public final class B {
    public A partner() {
        return new A();
    }
}
