package org.marsad.core.arch.cycle.a;

import org.marsad.core.arch.cycle.b.B;

/** Half of a deliberate package cycle, for {@code PackageCyclesTest.theRuleSeesACycle}. */
public final class A {
    public B partner() {
        return new B();
    }
}
