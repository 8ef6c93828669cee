function __odysseyctl_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __odysseyctl_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __odysseyctl_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __odysseyctl_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __odysseyctl_parse_tokens -S
    set -l unparsed_tokens (__odysseyctl_tokens -pc)
    switch $unparsed_tokens[1]
    case 'odysseyctl'
        __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'status'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
        case 'migrate'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'status' 'version' 'h/help'
        case 'seed'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
        case 'queue'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'ls'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            case 'show'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'version' 'h/help'
            case 'purge'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'state=' 'version' 'h/help'
            end
        case 'job'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'show'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'version' 'h/help'
            case 'retry'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'version' 'h/help'
            case 'cancel'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'version' 'h/help'
            case 'enqueue'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'payload=' 'start-after=' 'singleton-key=' 'priority=' 'version' 'h/help'
            end
        case 'schedule'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'ls'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            case 'on'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'version' 'h/help'
            case 'off'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'version' 'h/help'
            end
        case 'commands'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'plan'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'guild=' 'version' 'h/help'
            case 'deploy'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'guild=' 'version' 'h/help'
            case 'check'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'guild=' 'version' 'h/help'
            end
        case 'invite'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'guild=' 'version' 'h/help'
        case 'stats'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'guild=' 'since=' 'version' 'h/help'
        case 'feature'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'ls'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'guild=' 'version' 'h/help'
            case 'set'
                __odysseyctl_parse_subcommand 2 'socket=' 'json' 'guild=' 'version' 'h/help'
            case 'enable-all'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'guild=' 'version' 'h/help'
            case 'disable-all'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'guild=' 'version' 'h/help'
            end
        case 'config'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'ls'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'guild=' 'version' 'h/help'
            case 'get'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'guild=' 'version' 'h/help'
            case 'set'
                __odysseyctl_parse_subcommand 2 'socket=' 'json' 'guild=' 'version' 'h/help'
            end
        case 'audit'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'guild=' 'limit=' 'version' 'h/help'
        case 'session'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'ls'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'all' 'version' 'h/help'
            case 'revoke'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'user=' 'version' 'h/help'
            end
        case 'backup'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'create'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            case 'ls'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            case 'restore'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'force' 'version' 'h/help'
            case 'schedule'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'version' 'h/help'
            end
        case 'doctor'
            __odysseyctl_parse_subcommand 1 'socket=' 'json' 'list-checks' 'version' 'h/help'
        case 'runbook'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'ls'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            case 'show'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'version' 'h/help'
            case 'run'
                __odysseyctl_parse_subcommand 1 'socket=' 'json' 'job=' 'feature=' 'action=' 'apply' 'version' 'h/help'
            end
        case 'version'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
        case 'sandbox'
            __odysseyctl_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'interact'
                __odysseyctl_parse_subcommand -r 1 'guild=' 'user=' 'channel=' 'click=' 'message=' 'socket=' 'json' 'sandbox=' 'version' 'h/help'
            case 'world'
                __odysseyctl_parse_subcommand 0 'socket=' 'json' 'sandbox=' 'version' 'h/help'
            end
        case 'shell'
            __odysseyctl_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
        case 'help'
            __odysseyctl_parse_subcommand -r 1 'version'
        end
    end
end

function __odysseyctl_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __odysseyctl_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __odysseyctl_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __odysseyctl_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__odysseyctl_tokens -p)
    if test -z "$(__odysseyctl_tokens -t)"
        set -l index (count (__odysseyctl_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'odysseyctl' -f
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'status' -d 'Show the daemon\'s version, uptime and health.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'migrate' -d 'Apply pending database migrations.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'seed' -d 'Insert the setup rows a fresh database needs.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'queue' -d 'Inspect the job queues and purge finished jobs.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'job' -d 'Inspect, retry, cancel and enqueue jobs.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'schedule' -d 'List recurring jobs and switch them on or off.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'commands' -d 'Compare the declared slash commands with Discord\'s and deploy them.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'invite' -d 'Print the URL that adds the bot to a server.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'stats' -d 'Show slash-command usage per command.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'feature' -d 'List the features and switch them on or off.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'config' -d 'Show and change one server\'s settings.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'audit' -d 'Show the administrators\' audit trail.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'session' -d 'List and revoke dashboard login sessions.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'backup' -d 'Create, list and restore database backups.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'doctor' -d 'Check the install: database, Discord, permissions, features, schedules, jobs, socket.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'runbook' -d 'Run the operations runbooks: stuck jobs, rate limits, projection backlog, monthly hall, database outage.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'version' -d 'Show the versions of odysseyctl and of the daemon.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'sandbox' -d 'Try the bot in the local Discord sandbox.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'shell' -d 'Run odysseyctl commands at an interactive prompt.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl status" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl status" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl status" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl migrate" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl migrate" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl migrate" status' -l 'status' -d 'List migrations and their state; apply nothing.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl migrate" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl migrate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl seed" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl seed" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl seed" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl seed" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl queue" -eq 1' -fa 'ls' -d 'List the job queues and how many jobs each holds.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl queue" -eq 1' -fa 'show' -d 'Show one queue and its jobs.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl queue" -eq 1' -fa 'purge' -d 'Delete a queue\'s finished jobs in one state.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue ls" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue ls" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue ls" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue ls" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue show" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue show" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue show" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue purge" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue purge" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue purge" state' -l 'state' -d 'The state of the jobs to delete: completed, failed, cancelled.' -rfka 'completed failed cancelled'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue purge" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl queue purge" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl job" -eq 1' -fa 'show' -d 'Show one job: its state, timing, payload and errors.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl job" -eq 1' -fa 'retry' -d 'Run a failed or cancelled job again.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl job" -eq 1' -fa 'cancel' -d 'Cancel a job that has not started yet.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl job" -eq 1' -fa 'enqueue' -d 'Add a job to a queue.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job show" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job show" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job show" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job retry" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job retry" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job retry" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job retry" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job cancel" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job cancel" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job cancel" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job cancel" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job enqueue" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job enqueue" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job enqueue" payload' -l 'payload' -d 'The job\'s payload as JSON, as its handler will receive it.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job enqueue" start-after' -l 'start-after' -d 'How long to wait before the first attempt, e.g. 90s, 2m, 1h30m or 1d.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job enqueue" singleton-key' -l 'singleton-key' -d 'Enqueue nothing if a job with this key is already waiting.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job enqueue" priority' -l 'priority' -d 'Jobs with a higher priority run first; the daemon\'s default when omitted.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job enqueue" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl job enqueue" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl schedule" -eq 1' -fa 'ls' -d 'List the schedules with their next and last runs.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl schedule" -eq 1' -fa 'on' -d 'Switch a schedule on.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl schedule" -eq 1' -fa 'off' -d 'Switch a schedule off.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule ls" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule ls" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule ls" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule ls" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule on" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule on" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule on" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule on" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule off" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule off" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule off" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl schedule off" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl commands" -eq 1' -fa 'plan' -d 'Show what deploying the declared commands would change.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl commands" -eq 1' -fa 'deploy' -d 'Deploy the declared commands (only when they differ).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl commands" -eq 1' -fa 'check' -d 'Exit 2 when Discord\'s commands differ from the declared ones.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands plan" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands plan" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands plan" guild' -l 'guild' -d 'Work on this guild\'s commands instead of the global ones.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands plan" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands plan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands deploy" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands deploy" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands deploy" guild' -l 'guild' -d 'Work on this guild\'s commands instead of the global ones.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands deploy" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands deploy" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands check" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands check" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands check" guild' -l 'guild' -d 'Work on this guild\'s commands instead of the global ones.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands check" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl commands check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl invite" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl invite" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl invite" guild' -l 'guild' -d 'Preselect this server in Discord\'s dialog.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl invite" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl invite" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl stats" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl stats" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl stats" guild' -l 'guild' -d 'Only this server (0 for direct messages).' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl stats" since' -l 'since' -d 'How far back to count, e.g. 7d, 36h or 1d12h.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl stats" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl stats" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl feature" -eq 1' -fa 'ls' -d 'List the features, on or off, and where that comes from.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl feature" -eq 1' -fa 'set' -d 'Switch one feature on or off.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl feature" -eq 1' -fa 'enable-all' -d 'Switch every feature on.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl feature" -eq 1' -fa 'disable-all' -d 'Switch every feature off.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature ls" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature ls" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature ls" guild' -l 'guild' -d 'This server only (default: the global switch).' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature ls" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature ls" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature set" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature set" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl feature set" -eq 1' -fka 'on off'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature set" guild' -l 'guild' -d 'This server only (default: the global switch).' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature set" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature enable-all" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature enable-all" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature enable-all" guild' -l 'guild' -d 'This server only (default: the global switch).' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature enable-all" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature enable-all" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature disable-all" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature disable-all" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature disable-all" guild' -l 'guild' -d 'This server only (default: the global switch).' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature disable-all" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl feature disable-all" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl config" -eq 1' -fa 'ls' -d 'List every setting with its value and default.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl config" -eq 1' -fa 'get' -d 'Show one setting.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl config" -eq 1' -fa 'set' -d 'Change one setting.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config ls" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config ls" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config ls" guild' -l 'guild' -d 'The server whose settings to use.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config ls" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config ls" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config get" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config get" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config get" guild' -l 'guild' -d 'The server whose settings to use.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config get" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config get" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config set" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config set" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config set" guild' -l 'guild' -d 'The server whose settings to use.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config set" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl config set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl audit" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl audit" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl audit" guild' -l 'guild' -d 'Only changes to this server.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl audit" limit' -l 'limit' -d 'At most this many entries (1–1000).' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl audit" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl audit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl session" -eq 1' -fa 'ls' -d 'List dashboard sessions, newest first.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl session" -eq 1' -fa 'revoke' -d 'Revoke a dashboard session, or all sessions of a user.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session ls" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session ls" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session ls" all' -l 'all' -d 'Include expired and revoked sessions.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session ls" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session ls" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session revoke" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session revoke" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session revoke" user' -l 'user' -d 'Revoke every live session of this Discord user.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session revoke" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl session revoke" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl backup" -eq 1' -fa 'create' -d 'Dump the database into the backup directory.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl backup" -eq 1' -fa 'ls' -d 'List the backups.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl backup" -eq 1' -fa 'restore' -d 'Restore a backup into the live database.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl backup" -eq 1' -fa 'schedule' -d 'Switch the hourly backup on or off.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup create" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup create" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup create" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup ls" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup ls" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup ls" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup ls" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup restore" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup restore" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup restore" force' -l 'force' -d 'Restore even when the live database is newer than the backup.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup restore" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup restore" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup schedule" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup schedule" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl backup schedule" -eq 1' -fka 'on off'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup schedule" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl backup schedule" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl doctor" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl doctor" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl doctor" list-checks' -l 'list-checks' -d 'List the checks and exit.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl doctor" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl doctor" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl runbook" -eq 1' -fa 'ls' -d 'List the runbooks.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl runbook" -eq 1' -fa 'show' -d 'Show a runbook\'s steps and what --apply does.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl runbook" -eq 1' -fa 'run' -d 'Run a runbook\'s checks; with --apply, its action.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook ls" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook ls" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook ls" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook ls" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook show" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook show" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook show" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook run" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook run" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook run" job' -l 'job' -d 'Only this job id.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook run" feature' -l 'feature' -d 'Only the jobs of this feature, e.g. duels.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook run" action' -l 'action' -d 'Only the jobs of this name (the log\'s action field), e.g. duel.round.close.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook run" apply' -l 'apply' -d 'Carry out the runbook\'s action (stuck-jobs: retry the selected failed jobs).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook run" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl runbook run" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl version" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl version" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl version" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl version" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl sandbox" -eq 1' -fa 'interact' -d 'Run a slash command in the sandbox and show the bot\'s answer.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_positional "odysseyctl sandbox" -eq 1' -fa 'world' -d 'Show the sandbox\'s guilds, channels, members and deployed commands.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox interact" guild' -l 'guild' -d 'The guild to run it in.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox interact" user' -l 'user' -d 'The member who runs it.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox interact" channel' -l 'channel' -d 'The channel it is run in.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox interact" click' -l 'click' -d 'Click a component with this custom id instead of running a command (needs --message).' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox interact" message' -l 'message' -d 'The message the clicked component is on.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox interact" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox interact" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox interact" sandbox' -l 'sandbox' -d 'The sandbox\'s base URL.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox interact" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox interact" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox world" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox world" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox world" sandbox' -l 'sandbox' -d 'The sandbox\'s base URL.' -rfka ''
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox world" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl sandbox world" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl shell" socket' -l 'socket' -d 'The daemon\'s control socket.' -rF
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl shell" json' -l 'json' -d 'Print JSON instead of text, errors included (on standard output).'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl shell" version' -l 'version' -d 'Show the version.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl shell" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'odysseyctl' -n '__odysseyctl_should_offer_completions_for_flags_or_options "odysseyctl help" version' -l 'version' -d 'Show the version.'
