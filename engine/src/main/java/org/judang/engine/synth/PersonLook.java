package org.judang.engine.synth;

/**
 * What a person looks like in a crop, fixed for life so that two crops of one person are recognisably alike.
 *
 * @param skin       index into the painter's skin tones
 * @param hairColour RGB of the hair
 * @param hairStyle  0 short, 1 long, 2 shaved, 3 side parting, 4 bun
 * @param faceWidth  half-width of the face, as a share of the crop width
 * @param faceHeight half-height of the face, as a share of the crop height
 * @param eyeGap     distance of each eye from the face's centre line, as a share of the crop width
 */
record PersonLook(int skin, int hairColour, int hairStyle, boolean glasses, boolean beard,
                  double faceWidth, double faceHeight, double eyeGap,
                  ColorType coat, ColorType trousers, boolean bag, ColorType bagColour) {

    /** The same face in other clothes: how a look-alike stranger is drawn. */
    PersonLook dressedIn(ColorType newCoat, ColorType newTrousers, boolean newBag, ColorType newBagColour) {
        return new PersonLook(skin, hairColour, hairStyle, glasses, beard, faceWidth, faceHeight, eyeGap,
                newCoat, newTrousers, newBag, newBagColour);
    }
}
