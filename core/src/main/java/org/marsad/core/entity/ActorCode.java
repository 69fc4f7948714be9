package org.marsad.core.entity;

/** A CAMEO-style actor code split into its parts; {@code country} is ISO alpha-3 or null. */
public record ActorCode(String code, String country, String sector, String nameEn) {
}
