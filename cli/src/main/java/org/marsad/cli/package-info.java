/** The {@code marsad} command line: one picocli command per user task; see {@code spec/cli.md}. */
package org.marsad.cli;
