from bondlens.cli import main

main()
