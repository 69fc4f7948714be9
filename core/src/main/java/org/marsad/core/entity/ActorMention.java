package org.marsad.core.entity;

import org.marsad.model.Entity;
import org.marsad.model.Sector;
import org.marsad.model.Span;

/** An actor found in a sentence: tokens {@code [firstToken, endToken)}, its original span and its code. */
public record ActorMention(int firstToken, int endToken, Span span, String text, ActorCode code) {
    public Entity toEntity() {
        return new Entity(text, span.start(), span.end(), code.code(), code.country(),
                Sector.fromJson(code.sector()), code.nameEn());
    }
}
