/**
 * Values of the domain: object types, records, archives, feature spaces, cameras, case-local time; the phrases the
 * engine words things with for a person ({@link org.judang.engine.model.Phrase}) and the failures that carry one.
 * Depends on nothing but the JDK.
 */
package org.judang.engine.model;
