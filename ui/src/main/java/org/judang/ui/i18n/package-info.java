/** The user's language: message bundles (Simplified Chinese, English) and the names of engine values in words. */
package org.judang.ui.i18n;
