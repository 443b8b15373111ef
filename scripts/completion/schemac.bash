# bash completion for schemac (installed by `make install` as
# $(PREFIX)/share/bash-completion/completions/schemac).
# The options per command follow each command's --help
# (tests/integration/help.sh checks both against the parsers).

_schemac_opts()
{
    case $1 in
        compile)   echo "--dialect --json -o --output --help" ;;
        inspect)   echo "--schema --format -o --output --with-privileges --help" ;;
        diff)      echo "--from --to --sql --down --json --dialect --no-compare-type --no-compare-server-default --concurrently --schema --all-schemas -m --message --rev-id --head --allow-empty --url --with-privileges -c --config --help" ;;
        init)      echo "--dialect --url --schema -c --config --help" ;;
        revision)  echo "-m --message --rev-id --head --splice -c --config --help" ;;
        merge)     echo "-m --message --rev-id -c --config --help" ;;
        upgrade)   echo "--sql --url --dialect --strict -c --config --help" ;;
        downgrade) echo "--sql --url --dialect -c --config --help" ;;
        stamp)     echo "--sql --url --dialect --purge -c --config --help" ;;
        current)   echo "--url --verbose --strict -c --config --help" ;;
        history)   echo "-r --rev-range --verbose --indicate-current --url -c --config --help" ;;
        show)      echo "--url -c --config --help" ;;
        heads|branches) echo "--verbose -c --config --help" ;;
        check)     echo "--url --strict --with-privileges -c --config --help" ;;
    esac
}

_schemac()
{
    local cur prev cmd
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    local commands="compile inspect diff init revision upgrade downgrade current history show heads branches merge stamp check help version"
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    cmd=${COMP_WORDS[1]}
    case $prev in
        --dialect) COMPREPLY=($(compgen -W "postgresql sqlite" -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "sch json sql" -- "$cur")); return ;;
        -c|--config) COMPREPLY=($(compgen -f -X '!*.ini' -- "$cur") $(compgen -d -- "$cur")); return ;;
        -o|--output|--from|--to|--schema) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        -m|--message|--rev-id|--url|-r|--rev-range) return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_schemac_opts "$cmd")" -- "$cur"))
        return
    fi
    case $cmd in
        upgrade) COMPREPLY=($(compgen -W "head heads +1" -- "$cur")) ;;
        downgrade) COMPREPLY=($(compgen -W "base -1" -- "$cur")) ;;
        stamp|show) COMPREPLY=($(compgen -W "head heads base current" -- "$cur")) ;;
        merge) COMPREPLY=($(compgen -W "heads" -- "$cur")) ;;
        compile|init) COMPREPLY=($(compgen -f -- "$cur")) ;;
    esac
}
complete -F _schemac schemac
