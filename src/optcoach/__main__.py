from optcoach.cli import main

main()
