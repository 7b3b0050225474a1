"""Qt widgets: the main window, the network designer and the live plots."""
