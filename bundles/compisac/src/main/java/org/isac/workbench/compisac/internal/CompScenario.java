package org.isac.workbench.compisac.internal;

import org.isac.workbench.experiment.JsonFields;


/**
 * A Fig. 2 scenario file of the CoMP letter (JSON, {@code "kind": "comp-isac"}).
 *
 * @param name file name without extension, names the outputs
 * @param figure {@code detection} (Fig. 2a), {@code sumrate-vs-budget} (2b) or {@code sumrate-vs-pd} (2c)
 * @param title chart title
 * @param layout cells and gains
 * @param channel {@code pathloss} (one fixed drop, the letter's reading) or {@code fading} (average over drops)
 * @param drops drops averaged (1 for {@code pathloss})
 * @param dropSeed seed of the positions and fading
 * @param noiseCommDb σ²_c in dB
 * @param noiseSenseDb σ²_s in dB
 * @param samples N
 * @param pfa P_FA
 * @param rateMin R_th in bit/s/Hz
 * @param pdMin ξ_S (for Figs. 2a, 2b)
 * @param budgetsDb P_th values in dB (the sweep of 2a/2b; the curves of 2c)
 * @param pdSweep ξ_S values (the sweep of 2c)
 * @param allocation the scheme whose powers Fig. 2a uses
 * @param trials Monte Carlo trials per point (2a)
 * @param symbols QPSK or GAUSSIAN (2a)
 * @param seed Monte Carlo and RPA seed
 */
record CompScenario(String name, String figure, String title, CompNetwork.Layout layout, String channel, int drops,
        long dropSeed, double noiseCommDb, double noiseSenseDb, int samples, double pfa, double rateMin, double pdMin,
        double[] budgetsDb, double[] pdSweep, String allocation, int trials, DetectionSimulation.Symbols symbols,
        long seed) {

    static final String KIND = "comp-isac";
    static final String DETECTION = "detection";
    static final String SUMRATE_VS_BUDGET = "sumrate-vs-budget";
    static final String SUMRATE_VS_PD = "sumrate-vs-pd";

    static CompScenario parse(String name, JsonFields in) {
        in.text("kind", null, KIND);
        String figure = in.text("figure", null, DETECTION, SUMRATE_VS_BUDGET, SUMRATE_VS_PD);
        String title = in.text("title", name);
        in.text("description", "");
        JsonFields net = in.object("network");
        int cells = net.integer("L", 1, 19);
        CompNetwork.Layout layout = new CompNetwork.Layout(cells,
                net.number("cellRadius", JsonFields.POSITIVE, JsonFields.UNBOUNDED),
                net.number("pathLossExponent", JsonFields.POSITIVE, 10),
                net.number("commGainDb", -400, 400), net.number("senseGainDb", -400, 400),
                net.offsets("userOffsets", cells), net.offsets("targetOffsets", cells));
        String channel = net.text("channel", "pathloss", "pathloss", "fading");
        int drops = channel.equals("pathloss") ? 1 : net.integer("drops", 1, 1_000_000);
        long dropSeed = net.longInteger("dropSeed", 1);
        net.rejectUnknown();
        double noiseCommDb = in.number("noiseCommDb", -300, 300);
        double noiseSenseDb = in.number("noiseSenseDb", -300, 300);
        int samples = in.integer("N", cells, 100_000_000);
        double pfa = in.number("pfa", JsonFields.POSITIVE, JsonFields.BELOW_ONE);
        double rateMin = in.number("rateMin", 0, 1000);
        double[] budgetsDb = in.numbers("powerBudgetsDb", -300, 300);
        double pdMin = figure.equals(SUMRATE_VS_PD) ? Double.NaN
                : in.number("pdMin", JsonFields.POSITIVE, JsonFields.BELOW_ONE);
        double[] pdSweep = figure.equals(SUMRATE_VS_PD)
                ? in.numbers("pdSweep", JsonFields.POSITIVE, JsonFields.BELOW_ONE) : new double[0];
        String allocation = figure.equals(DETECTION) ? in.text("allocation", "epa") : "";
        int trials = figure.equals(DETECTION) ? in.integer("trials", 1, 100_000_000) : 0;
        DetectionSimulation.Symbols symbols = figure.equals(DETECTION)
                ? DetectionSimulation.Symbols.valueOf(in.text("symbols", "QPSK", "QPSK", "GAUSSIAN"))
                : DetectionSimulation.Symbols.QPSK;
        long seed = in.longInteger("seed", 1);
        in.rejectUnknown();
        return new CompScenario(name, figure, title, layout, channel, drops, dropSeed, noiseCommDb, noiseSenseDb,
                samples, pfa, rateMin, pdMin, budgetsDb, pdSweep, allocation, trials, symbols, seed);
    }

    static double fromDb(double db) {
        return Math.pow(10, db / 10);
    }
}
