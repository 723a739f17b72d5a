/**
 * Values of the domain: object types, records, archives, feature spaces, cameras, case-local time.
 * Depends on nothing but the JDK.
 */
package org.judang.engine.model;
