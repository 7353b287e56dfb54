"""`python -m service.bench` (the documented command) runs the benchmark in service.dev.bench."""

if __name__ == "__main__":
    from service.dev.bench import main

    main()
