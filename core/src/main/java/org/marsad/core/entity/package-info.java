/**
 * Actors: who did what to whom. In: a sentence's tokens. Out: {@link org.marsad.core.entity.ActorMention}s with
 * CAMEO-style codes (country + sector, or a group code), from the actor lexicon (countries, nationality
 * adjectives, forces, governments and ministers, armed groups, agents), and report sources used for attribution.
 */
package org.marsad.core.entity;
