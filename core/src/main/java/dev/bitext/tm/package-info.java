/**
 * Translation-memory building: many document pairs aligned together (the learned lexicon from all of them),
 * filtered, and streamed into one TMX file, with an optional HTML review report.
 */
package dev.bitext.tm;
