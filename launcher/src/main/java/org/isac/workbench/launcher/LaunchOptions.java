package org.isac.workbench.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the workbench.
 *
 * @param commands the Gogo commands of {@code -c}, empty for an interactive shell
 * @param plugins the watched plugins folder
 * @param workspace where the configuration (provider selections, provider settings) is kept
 * @param gui {@code --gui} (true) or {@code --no-gui} (false); empty to decide by the display
 * @param features the features to install (with those they need), empty for all
 * @param help whether to print the usage and exit
 */
public record LaunchOptions(Optional<String> commands, Path plugins, Path workspace, Optional<Boolean> gui,
        List<String> features, boolean help) {

    /** The usage text. */
    public static final String USAGE = """
            usage: java -jar isac-workbench.jar [options]
              -c, --command "CMDS"   run Gogo commands (separated by ';' or new lines) without a shell, print
                                     their output and exit; the exit status is 1 when a command fails
              --plugins DIR          plugins folder watched for bundle jars and .cfg files (default: plugins,
                                     or $ISAC_PLUGINS)
              --workspace DIR        folder of the stored configuration (default: ~/.isac-workbench, or
                                     $ISAC_WORKSPACE)
              --gui                  open the workbench window (the default without -c when a display is present)
              --no-gui               no window, only the shell
              --features A,B         install only these features and those they need (default: all of core,
                                     comp-isac, network-sg, charts, workbench-ui)
              -h, --help             this text
            Without -c an interactive Gogo shell starts (on a terminal), next to the window when there is one;
            closing the window quits. 'isac:components' lists the providers.""";

    /**
     * @param args the arguments of {@code main}
     * @param environment the process environment (for the defaults)
     * @return the options
     * @throws IllegalArgumentException naming the offending argument
     */
    public static LaunchOptions parse(String[] args, java.util.Map<String, String> environment) {
        String commands = null;
        Path plugins = Path.of(environment.getOrDefault("ISAC_PLUGINS", "plugins"));
        Path workspace = Path.of(environment.getOrDefault("ISAC_WORKSPACE",
                Path.of(System.getProperty("user.home"), ".isac-workbench").toString()));
        boolean help = false;
        Boolean gui = null;
        List<String> features = List.of();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "-c", "--command" -> commands = value(arg, rest);
                case "--plugins" -> plugins = Path.of(value(arg, rest));
                case "--workspace" -> workspace = Path.of(value(arg, rest));
                case "--gui", "--no-gui" -> {
                    boolean wanted = arg.equals("--gui");
                    if (gui != null && gui != wanted) {
                        throw new IllegalArgumentException("--gui and --no-gui exclude each other");
                    }
                    gui = wanted;
                }
                case "--features" -> features = List.of(value(arg, rest).split(",")).stream().map(String::trim)
                        .filter(name -> !name.isEmpty()).toList();
                case "-h", "--help" -> help = true;
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        if (commands != null && commands.isBlank()) {
            throw new IllegalArgumentException("-c needs at least one command");
        }
        if (commands != null && Boolean.TRUE.equals(gui)) {
            throw new IllegalArgumentException("--gui cannot be combined with -c: a script runs without a window");
        }
        return new LaunchOptions(Optional.ofNullable(commands), plugins, workspace, Optional.ofNullable(gui), features,
                help);
    }

    /**
     * Whether the window opens: as {@code --gui}/{@code --no-gui} say, else when there are no {@code -c}
     * commands and a display.
     *
     * @param headless whether the JVM has no display
     * @return whether to open the window
     */
    public boolean showWindow(boolean headless) {
        return gui.orElse(commands.isEmpty() && !headless);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
