package org.isac.workbench.channel.model;

/**
 * A link a channel model is asked about: where the transmitter and the receiver are (metres) and their arrays.
 *
 * @param txX transmitter x
 * @param txY transmitter y
 * @param rxX receiver x
 * @param rxY receiver y
 * @param transmitter the transmitting array
 * @param receiver the receiving array
 */
public record Link(double txX, double txY, double rxX, double rxY, ArrayGeometry transmitter,
        ArrayGeometry receiver) {

    /** @return the distance between the two, in metres */
    public double distance() {
        return Math.hypot(rxX - txX, rxY - txY);
    }

    /** @return the direction from the transmitter to the receiver, radians from the x axis */
    public double departureAngle() {
        return Math.atan2(rxY - txY, rxX - txX);
    }

    /** @return the direction from the receiver to the transmitter (where the wave comes from), radians */
    public double arrivalAngle() {
        return Math.atan2(txY - rxY, txX - rxX);
    }
}
