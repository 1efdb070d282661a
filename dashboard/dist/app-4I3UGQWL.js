var td=Object.defineProperty;var nd=(e,t,n)=>t in e?td(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n;var Rt=(e,t,n)=>nd(e,typeof t!="symbol"?t+"":t,n);var ye,is,rd,mn,ki,ho,as,po,ss,Ai,xi,od,Lr=Symbol.for("pv"),bo={},yo=[],id=/^m(i|n|o|s|text|space)$/,Ti=Array.isArray,ls=yo.slice,Pn=Object.assign;function Dn(e){e&&e.parentNode&&e.remove()}function fo(e,t,n,o,i){var s={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Lr,__v:i||++is,__i:-1,__u:0};return!i&&ye.vnode&&ye.vnode(s),s}function ve(e){return e.children}function mo(e,t){this.props=e,this.context=t,this.__g=0}function gn(e,t){if(t==null)return e.__&&gn(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!="function"||e.props.__P?null:gn(e)}function ad(e){var t,n=e.__v,o=n.__e,i=[],s=[],u=e.__P;u&&((t=Pn({constructor:Lr},n)).__v=n.__v+1,ye.vnode&&ye.vnode(t),Ni(u,t,n,e.__n,u.namespaceURI,32&n.__u?[o]:null,i,o||gn(n),32&n.__u,s),t.__v=n.__v,t.__.__k[t.__i]=t,ms(i,t,s),n.__=n.__e=null,t.__e!=o&&us(t))}function us(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),us(e)}function rs(e){(8&e.__g||(e.__g|=8,mn.push(e),ho++))&&ki==ye.debounceRendering||((ki=ye.debounceRendering)||queueMicrotask)(cs)}function cs(){try{for(var e,t=1;mn.length;)mn.length>t&&mn.sort(as),e=mn.shift(),t=mn.length,8&e.__g&&ad(e)}finally{(ho=mn.length)&&(ki||queueMicrotask)(cs)}}function ds(e,t,n,o,i,s,u,c,p,m,g){var b,h,y,w,x,D,E=o.__k||yo,S=t.length;for(p=sd(n,t,E,p,S),b=0;b<S;b++)(y=n.__k[b])!=null&&(h=~y.__i&&E[y.__i]||bo,y.__i=b,D=Ni(e,y,h,i,s,u,c,p,m,g),w=y.__e,(h.ref!=y.ref||8&h.__u)&&(h.ref&&Ei(h.ref,null,y,h),y.ref&&g.push(y.ref,y.__c||w,y)),x=x||w,4&y.__u?(p=ps(y,p,e,!h.__v),h.__e&&(h.__e=null)):typeof y.type=="function"&&D!==void 0?p=D:w&&(p=w.nextSibling),y.__u&=-21);return n.__e=x,p}function sd(e,t,n,o,i){var s,u,c,p,m,g,b,h,y,w=n.length,x=w,D=0,E=0,S=e.__k=Array(i);for(s=0;s<i;s++)(u=t[s])!=null&&typeof u!="boolean"&&typeof u!="function"?(typeof u!="object"||u.constructor===String?u=S[s]=fo(null,u):Ti(u)?u=S[s]=fo(ve,{children:u}):u.constructor===Lr&&u.__b?u=S[s]=fo(u.type,u.props,u.key,u.ref,u.__v):S[s]=u,p=s+D,u.__=e,u.__b=e.__b+1,c=null,~(m=u.__i=ld(u,n,p,x))&&(x--,(c=n[m])&&(c.__u|=2)),c&&c.__v?(u.__u|=16,m==p-1?D--:m==p+1?D++:m!=p&&(m>p?D--:D++,E=1)):(~m||(i>w?D--:i<w&&D++),typeof u.type!="function"&&(u.__u|=4))):S[s]=null;if(E){for(g=[],b=[],s=0;s<i;s++)if((u=S[s])&&16&u.__u){for(D=0,h=g.length;D<h;)g[y=D+h>>1]<u.__i?D=y+1:h=y;g[D]=u.__i,b[s]=D+1}for(D=g.length;s--;)b[s]&&(b[s]==D?D--:S[s].__u|=4)}if(x)for(s=0;s<w;s++)!(c=n[s])||2&c.__u||(c.__e==o&&(o=gn(c)),Ci(c,c));return o}function ps(e,t,n,o){var i,s,u,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&(i[s].__=e,t=ps(i[s],t,n,!1));return t}for(t&&!t.parentNode&&(t=gn(e))&&!t.parentNode&&(t=null),u=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(u!=c&&(!o&&n.moveBefore&&u.parentNode?n.moveBefore(u,t):n.insertBefore(u,t||null)),t=u;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function ld(e,t,n,o){var i,s=e.key,u=e.type,c=t[n],p=c&&!(2&c.__u);if(c===null&&s==null||p&&s==c.key&&u==c.type)return n;if(o>(p?1:0)){for(i=n-1;i>=0;i--)if((c=t[i])&&!(2&c.__u)&&s==c.key&&u==c.type)return i;for(i=n+1;i<t.length;i++)if((c=t[i])&&!(2&c.__u)&&s==c.key&&u==c.type)return i}return-1}function os(e,t,n){n==null&&(n=""),t[0]=="-"?e.setProperty(t,n):e[t]=n}function co(e,t,n,o,i){var s,u;if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||os(e.style,t);if(n)for(t in n)o&&n[t]==o[t]||os(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")typeof n!="function"&&(n=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[t]=n,n&&o||(u=xi[t]||(xi[t]=ud(t)),(e.__a||(e.__a={}))[t]=Ai,s=t!=(t=t.replace(ss,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),n?e.addEventListener(t,u,s):e.removeEventListener(t,u,s));else{if(i=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=n??"")}catch{}if(typeof n=="function")return;n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n)}}function ud(e){return function(t){var n=this.__e;if(n){if(n=n[e],t[po]==null)t[po]=Ai++;else if(t[po]<this.__a[e])return;return n(ye.event?ye.event(t):t)}}}function Ni(e,t,n,o,i,s,u,c,p,m){var g,b,h,y,w,x,D,E,S,T,A,j,O,Q,q,Z,J,P,H=t.type;if(t.constructor!==Lr)return null;128&n.__u&&(p=32&n.__u,g=n.__c.__z)&&(t.__u|=p,b=s=[],g.nodeType==8?c=go(g,s):s.push(g),c=s[0]||c),(g=ye.__b)&&g(t);e:if(typeof H=="function"){h=u.length;try{if(E=t.props,S=(g=H.prototype)&&g.render,T=(g=H.contextType)&&o[g.__c],A=g?T?T.props.value:g.__:o,(y=n.__c)?(t.__c=y,2&y.__g&&(y.__g|=1)):(S?t.__c=y=new H(E,A):(t.__c=y=new mo(E,A),y.constructor=H,y.render=dd),T&&T.sub(y),y.state||(y.state={}),y.__n=o,y.__g|=8,y.__h=[],y.__k=[]),S&&(y.__s||(y.__s=y.state),H.getDerivedStateFromProps&&(y.__s==y.state&&(y.__s=Pn({},y.__s)),Pn(y.__s,H.getDerivedStateFromProps(E,y.__s)))),w=y.props,x=y.state,y.__v=t,n.__c){if(E!==w&&S&&!H.getDerivedStateFromProps&&y.componentWillReceiveProps&&y.componentWillReceiveProps(E,A),t.__v==n.__v&&!(8&y.__g)||!(4&y.__g)&&y.shouldComponentUpdate&&y.shouldComponentUpdate(E,y.__s,A)===!1){t.__v!=n.__v&&(y.props=E,y.state=y.__s,y.__g&=-9),t.__e=n.__e,t.__k=n.__k,t.__k.some(function($){$&&($.__=t)}),yo.push.apply(y.__h,y.__k),y.__k=[],y.__h.length&&u.push(y),c=gn(n);break e}y.componentWillUpdate&&y.componentWillUpdate(E,y.__s,A),S&&y.componentDidUpdate&&y.__h.push(function(){y.componentDidUpdate(w,x,D)})}else S&&!H.getDerivedStateFromProps&&y.componentWillMount&&y.componentWillMount(),S&&y.componentDidMount&&y.__h.push(y.componentDidMount);y.context=A,y.props=E,y.__P=e,y.__g&=-5,j=ye.__r,O=S?25:0;do y.__g&=-9,j&&j(t),g=y.render(y.props,y.state=y.__s,y.context);while(8&y.__g&&++O<25);S&&(yo.push.apply(y.__h,y.__k),y.__k=[]),y.state=y.__s,y.getChildContext&&(o=Pn({},o,y.getChildContext())),S&&n.__c&&y.getSnapshotBeforeUpdate&&(D=y.getSnapshotBeforeUpdate(w,x)),Q=g&&g.type===ve&&g.key==null?g.props.children:g,E.__P&&(g=c,i=(e=E.__P).namespaceURI,p=s=null,n.props&&n.props.__P!=e&&(n.__k.some(function($){$&&Ci($,$)}),n.__k=null),c=n.__k?gn(n,0):null),c=ds(e,Ti(Q)?Q:[Q],t,n,o,i,s,u,c,p,m),E.__P&&(t.__e=null,c=g),t.__u&=-161,b&&b.some(Dn),y.__h.length&&u.push(y),1&y.__g&&(y.__g&=-4)}catch($){if(u.length=h,t.__v=null,p||s)if($&&$.then){if(t.__u|=128|p,s){for(~(J=s.indexOf(c||void 0))||(J=s.length);(P=s[J-1])&&P.nodeType==8;)J--;for(;J<s.length;J++)if(P=s[J])if(s[J]=null,q){if(P==Z)break}else{if(P.nodeType!=8)break;P.data.startsWith("$s")&&(Z=go(q=P))}}if(!q){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;q=c}(g=go(q=t.__c.__z||(t.__c.__z=q)))?(t.__e=q,c=g):t.__e=c,c=c&&c.nextSibling}else s&&s.some(Dn);else t.__e=n.__e;t.__k||(t.__k=n.__k||[]),$&&$.then||fs(t),ye.__e($,t,n)}}else c=t.__e=cd(n.__e,t,n,o,i,s,u,p,m,e);return(g=ye.diffed)&&g(t),c}function go(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))n++;else if(e.data.startsWith("/$s")&&!--n)return e}t&&t.push(e)}}function fs(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(fs))}function ms(e,t,n){for(var o=0;o<n.length;)Ei(n[o++],n[o++],n[o++]);ye.__c&&ye.__c(t,e),e.some(function(i){try{e=i.__h,i.__h=[],e.some(function(s){s.call(i)})}catch(s){ye.__e(s,i.__v)}})}function cd(e,t,n,o,i,s,u,c,p,m){var g,b,h,y,w,x,D,E,S=n.props||bo,T=t.props,A=t.type;if(A=="svg"?i="http://www.w3.org/2000/svg":A=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),s){for(g=0;g<s.length;g++)if((w=s[g])&&(A?w.localName==A:w.nodeType==3)){e=w,s[g]=null;break}}if(!e){if(E=m.ownerDocument||document,!A)return E.createTextNode(T);e=E.createElementNS(i,A,T.is?T:m),c&&(ye.__m&&ye.__m(t,s),c=!1),s=null}if(A){if(m=A=="template"&&e.content||e,s=A=="textarea"&&T.defaultValue!=null?null:s&&ls.call(m.childNodes),!c&&s)for(S={},g=0;g<e.attributes.length;g++)S[(w=e.attributes[g]).name]=w.value;for(g in S)w=S[g],g=="dangerouslySetInnerHTML"?h=w:g=="children"||g in T||g=="value"&&"defaultValue"in T||g=="checked"&&"defaultChecked"in T||co(e,g,null,w,i);for(g in T)w=T[g],g=="children"?y=w:g=="dangerouslySetInnerHTML"?b=w:g=="value"?x=w:g=="checked"?D=w:c&&typeof w!="function"||S[g]===w||co(e,g,w,S[g],i);b?(c||h&&(b.__html==h.__html||b.__html==e.innerHTML)||(e.innerHTML=b.__html),t.__k=[]):(h&&(e.textContent=""),(A=="foreignObject"||i=="http://www.w3.org/1998/Math/MathML"&&id.test(A))&&(i="http://www.w3.org/1999/xhtml"),ds(m,Ti(y)?y:[y],t,n,o,i,s,u,s?s[0]:n.__k&&gn(n,0),c,p),s&&s.some(Dn)),c&&A!="textarea"||(g="value",A=="progress"&&x==null?e.removeAttribute(g):x==null||x===e[g]&&(A!="progress"||x)||co(e,g,x,S[g],i),g="checked",D!=null&&D!=e[g]&&co(e,g,D,S[g],i))}else S===T||c&&e.data==T||(e.data=T);return e}function Ei(e,t,n,o){try{typeof e=="function"?t?t.__x=e(t)||1:o&&(o=o.__c||o.__e)&&(t=o.__x)&&(o.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(i){ye.__e(i,n)}}function Ci(e,t,n){var o,i,s,u;if(ye.unmount&&ye.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||Ei(o,null,t,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(c){ye.__e(c,t)}o.__P=o.__n=null}if(o=e.__k)for(u=0;u<o.length;u++)o[u]&&Ci(o[u],t,typeof e.type!="function"||n&&!e.props.__P);!n&&(o=e.__c)&&(o=o.__z)&&(i=go(o,s=[]))&&(o==e.__e&&s.some(Dn),Dn(i),Dn(o)),n||Dn(e.__e),e.__e=e.__c=e.__=null}function dd(e,t,n){return this.constructor(e,n)}function gs(e,t){var n,o,i,s;ye.__&&ye.__(e,t),t.nodeType==9&&(t=t.documentElement),o=(n=e&&32&e.__u)?null:t.__k,t.__k=fo(ve,{children:[e]}),i=[],s=[],Ni(t,t.__k,o||bo,bo,t.namespaceURI,o?null:t.firstChild?ls.call(t.childNodes):null,i,o?o.__e:t.firstChild,n,s),ms(i,t.__k,s),t.__k.props.children=null}ye={__e:function(e,t,n,o){for(var i,s,u;t=t.__;)if((i=t.__c)&&!(1&i.__g)){i.__g|=4;try{if((u=(s=i.constructor)&&s.getDerivedStateFromError)&&i.setState(s.getDerivedStateFromError(e)),i.componentDidCatch&&(i.componentDidCatch(e,o||{}),u=1),u&&8&i.__g)return void(i.__g|=2)}catch(c){e=c}}throw ho=0,e}},is=0,rd=function(e){return e!=null&&e.constructor===Lr},mo.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=Pn({},this.state)),typeof e=="function"&&(e=e(Pn({},n),this.props)),e&&(Pn(n,e),this.__v&&(t&&this.__k.push(t),rs(this)))},mo.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),rs(this))},mo.prototype.render=ve,mn=[],ho=0,as=function(e,t){return e.__v.__b-t.__v.__b},po=Symbol(),ss=/(PointerCapture)$|Capture$/i,Ai=0,xi={},od=0;var Fr,Ue,Di,hs,Pi=Object.is,$r=0,As=[],Ri=[],$e=ye,bs=$e.__b,ys=$e.__r,vs=$e.diffed,_s=$e.__c,Ss=$e.unmount,ws=$e.__;function Ii(e,t){$e.__h&&$e.__h(Ue,e,$r||t),$r=0;var n=Ue.__H||(Ue.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function C(e){return $r=1,pd(Es,e)}function pd(e,t,n){var o=Ii(Fr++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):Es(void 0,t),function(s){var u=(o.__N||o.__)[0],c=o.t(u,s);Pi(u,c)||(o.__N=[c,o.__[1]],o.__c.setState({}))}],o.__c=Ue,!Ue.__f)){Ue.__f=!0;var i=Ue.shouldComponentUpdate;Ue.shouldComponentUpdate=function(s,u,c){var p=this.__H;if(!p)return!0;var m=!1,g=this.props!=s;if(p.__.some(function(h){h.__N&&(m=!0,Pi(h.__[0],h.__N[0])||(g=!0))}),i){var b=i.call(this,s,u,c);return m?b||g:b}return!m||g}}return o.__}function rt(e,t){var n=Ii(Fr++,3);!$e.__s&&Ns(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,Ue.__H.__h.push(n))}function Br(e){return $r=5,sr(function(){return{current:e}},[])}function sr(e,t){var n=Ii(Fr++,7);return Ns(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function Ts(e,t){return $r=8,sr(function(){return e},t)}function fd(){var e;do{for(;e=Ri.shift();)try{Or(e)}catch(n){$e.__e(n,{__:(e=e.__P)&&e.__v})}for(;e=As.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Or),t.__h.some(Mi),t.__h=[]}catch(n){t.__h=[],$e.__e(n,e.__v)}}}while(Ri.length)}$e.__b=function(e){Ue=null,bs&&bs(e)},$e.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),ws&&ws(e,t)},$e.__r=function(e){ys&&ys(e),Fr=0;var t=(Ue=e.__c).__H;t&&(Di==Ue?Ue.__h=[]:(t.__h.some(Or),t.__h.some(Mi),Fr=0),t.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})),Di=Ue},$e.diffed=function(e){vs&&vs(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&xs(As.push(t)),t.__H.__.some(function(n){n.u&&(n.__H=n.u)})),Di=Ue=null},$e.__c=function(e,t){t.some(function(n){try{n.__h.some(Or),n.__h=n.__h.filter(function(o){return!o.__||Mi(o)})}catch(o){n.__h=[function(){throw o}]}}),_s&&_s(e,t)},$e.unmount=function(e){Ss&&Ss(e);var t,n,o=e.__c;o&&o.__H&&(o.__H.__.some(function(i){try{if(i.__P&&i.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n=n&&n.__c}i.__P=n,xs(Ri.push(i))}else Or(i)}catch(s){t=s}}),o.__H=void 0,t&&$e.__e(t,o.__v))};var ks=typeof requestAnimationFrame=="function";function md(e){var t,n=function(){clearTimeout(o),ks&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,35);ks&&(t=requestAnimationFrame(n))}function xs(e){e!=1&&hs==$e.requestAnimationFrame||((hs=$e.requestAnimationFrame)||md)(fd)}function Or(e){var t=Ue,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),Ue=t}function Mi(e){var t=Ue;e.__c=e.__(),Ue=t}function Ns(e,t){return!e||e.length!=t.length||t.some(function(n,o){return!Pi(n,e[o])})}function Es(e,t){return typeof t=="function"?t(e):t}function ft(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function hn(e){return ft(e)==="object"}function gd(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function Li(e,t){return e.length<124?e:t}var Cs="graphql-transport-ws";var yt=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(yt||{}),vt=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(vt||{});function Ds(e){if(!hn(e))throw new Error(`Message is expected to be an object, but got ${ft(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${ft(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!hn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!hn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ft(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${ft(e.payload.query)}`);if(e.payload.variables!=null&&!hn(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${ft(e.payload.variables)}`);if(e.payload.operationName!=null&&ft(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${ft(e.payload.operationName)}`);if(e.payload.extensions!=null&&!hn(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${ft(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!hn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ft(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!gd(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Ps(e,t){return Ds(typeof e=="string"?JSON.parse(e,t):e)}function lr(e,t){return Ds(e),JSON.stringify(e,t)}function Fi(e){let{url:t,connectionParams:n,lazy:o=!0,onNonLazyError:i=console.error,lazyCloseTimeout:s=0,keepAlive:u=0,disablePong:c,connectionAckWaitTimeout:p=0,retryAttempts:m=5,retryWait:g=async function(L){let F=Math.pow(2,L);await new Promise(M=>setTimeout(M,F*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:b=Oi,on:h,webSocketImpl:y,generateID:w=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,L=>{let F=Math.random()*16|0;return(L=="x"?F:F&3|8).toString(16)})},jsonMessageReplacer:x,jsonMessageReviver:D}=e,E;if(y){if(!bd(y))throw new Error("Invalid WebSocket implementation provided");E=y}else typeof WebSocket<"u"?E=WebSocket:typeof global<"u"?E=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(E=window.WebSocket||window.MozWebSocket);if(!E)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let S=E,T=(()=>{let I=(()=>{let F={};return{on(M,ue){return F[M]=ue,()=>{delete F[M]}},emit(M){"id"in M&&F[M.id]?.(M)}}})(),L={connecting:h?.connecting?[h.connecting]:[],opened:h?.opened?[h.opened]:[],connected:h?.connected?[h.connected]:[],ping:h?.ping?[h.ping]:[],pong:h?.pong?[h.pong]:[],message:h?.message?[I.emit,h.message]:[I.emit],closed:h?.closed?[h.closed]:[],error:h?.error?[h.error]:[]};return{onMessage:I.on,on(F,M){let ue=L[F];return ue.push(M),()=>{let X=ue.indexOf(M);X>-1&&ue.splice(X,1)}},emit(F,...M){for(let ue of[...L[F]])ue(...M)}}})();function A(I){let L=[T.on("error",F=>{L.forEach(M=>M()),I(F)}),T.on("closed",F=>{L.forEach(M=>M()),I(F)})];return()=>L.forEach(F=>F())}let j,O=0,Q,q=!1,Z=0,J=!1;async function P(){clearTimeout(Q);let[I,L]=await(j??(j=new Promise((ue,X)=>(async()=>{if(q){if(await g(Z),!O)return j=void 0,X({code:1e3,reason:"All Subscriptions Gone"});Z++}T.emit("connecting",q);let z=new S(typeof t=="function"?await t():t,Cs),ie,ee;function K(){isFinite(u)&&u>0&&(clearTimeout(ee),ee=setTimeout(()=>{z.readyState===S.OPEN&&(z.send(lr({type:vt.Ping})),T.emit("ping",!1,void 0))},u))}A(de=>{j=void 0,clearTimeout(ie),clearTimeout(ee),X(de),de instanceof Vr&&(z.close(4499,"Terminated"),z.onerror=null,z.onclose=null)}),z.onerror=de=>T.emit("error",de),z.onclose=de=>T.emit("closed",de),z.onopen=async()=>{try{T.emit("opened",z);let de=typeof n=="function"?await n():n;if(z.readyState!==S.OPEN)return;z.send(lr(de?{type:vt.ConnectionInit,payload:de}:{type:vt.ConnectionInit},x)),isFinite(p)&&p>0&&(ie=setTimeout(()=>{z.close(yt.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),K()}catch(de){T.emit("error",de),z.close(yt.InternalClientError,Li(de instanceof Error?de.message:String(de),"Internal client error"))}};let ke=!1;z.onmessage=({data:de})=>{try{let re=Ps(de,D);if(T.emit("message",re),re.type==="ping"||re.type==="pong"){T.emit(re.type,!0,re.payload),re.type==="pong"?K():c||(z.send(lr(re.payload?{type:vt.Pong,payload:re.payload}:{type:vt.Pong},x)),T.emit("pong",!1,re.payload));return}if(ke)return;if(re.type!==vt.ConnectionAck)throw new Error(`First message cannot be of type ${re.type}`);clearTimeout(ie),ke=!0,T.emit("connected",z,re.payload,q),q=!1,Z=0;let ce=new Promise((At,ot)=>A(ot));ce.catch(()=>{}),ue([z,ce])}catch(re){z.onmessage=null,T.emit("error",re),z.close(yt.BadResponse,Li(re instanceof Error?re.message:String(re),"Bad response"))}}})())));I.readyState===S.CLOSING&&await L;let F=()=>{},M=new Promise(ue=>F=ue);return[I,F,new Promise((ue,X)=>{let z=A(X);I.readyState!==S.OPEN&&L.catch(X),M.then(()=>{if(z(),!O){let ie=()=>I.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(Q),Q=setTimeout(()=>{!O&&I.readyState===S.OPEN&&ie()},s)):ie()}ue()})})]}function H(I){if(Oi(I)&&(hd(I.code)||[yt.InternalServerError,yt.InternalClientError,yt.BadRequest,yt.BadResponse,yt.Unauthorized,yt.SubprotocolNotAcceptable,yt.SubscriberAlreadyExists,yt.TooManyInitialisationRequests].includes(I.code)))throw I;if(J)return!1;if(Oi(I)&&I.code===1e3)return O>0;if(!m||Z>=m||!b(I))throw I;return q=!0}o||(async()=>{for(O++;;)try{let[,,I]=await P();await I}catch(I){try{if(!H(I))return}catch(L){return i?.(L)}}})();function $(I,L){let F=w(I),M=!1,ue=!1,X=()=>{O--,M=!0};return(async()=>{for(O++;;)try{let[z,ie,ee]=await P();if(M)return ee.catch(()=>{}),ie();let K=T.onMessage(F,ke=>{switch(ke.type){case vt.Next:{L.next(ke.payload);return}case vt.Error:{ue=!0,M=!0,L.error(ke.payload),X();return}case vt.Complete:{M=!0,X();return}}});z.send(lr({id:F,type:vt.Subscribe,payload:I},x)),X=()=>{!M&&z.readyState===S.OPEN&&z.send(lr({id:F,type:vt.Complete},x)),O--,M=!0,ie()},await ee.finally(K);return}catch(z){if(!H(z))return}})().then(()=>{ue||L.complete()}).catch(z=>{L.error(z)}),()=>{M||X()}}return{on:T.on,subscribe:$,iterate(I){let L=[],F={done:!1,error:null,resolve:()=>{}},M=$(I,{next(X){L.push(X),F.resolve()},error(X){F.done=!0,F.error=X,F.resolve()},complete(){F.done=!0,F.resolve()}}),ue=(async function*(){for(;;){for(L.length||await new Promise(z=>F.resolve=z);L.length;)yield L.shift();if(F.error)throw F.error;if(F.done)return}})();return ue.throw=async X=>(F.done||(F.done=!0,F.error=X,F.resolve()),{done:!0,value:void 0}),ue.return=async()=>(M(),{done:!0,value:void 0}),ue},async dispose(){if(J=!0,j){let[I]=await j;I.close(1e3,"Normal Closure")}},terminate(){j&&T.emit("closed",new Vr)}}}var Vr=class extends Error{constructor(){super(...arguments);Rt(this,"name","TerminatedCloseEvent");Rt(this,"message","4499: Terminated");Rt(this,"code",4499);Rt(this,"reason","Terminated");Rt(this,"wasClean",!1)}};function Oi(e){return hn(e)&&"code"in e&&"reason"in e}function hd(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function bd(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var ne=class extends String{constructor(n,o){super(n);Rt(this,"__apiType");Rt(this,"value");Rt(this,"__meta__");this.value=n,this.__meta__=o}toString(){return this.value}},Sm=new ne(`
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}
    `,{fragmentName:"NotificationSettingsView"}),wm=new ne(`
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}
    `,{fragmentName:"DeliveryRow"}),km=new ne(`
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
    `,{fragmentName:"JobTile"}),xm=new ne(`
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`,{fragmentName:"ServerTile"}),Am=new ne(`
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
    `,{fragmentName:"HistoryPoints"}),Tm=new ne(`
    fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}
    `,{fragmentName:"AlertRow"}),Nm=new ne(`
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
    `,{fragmentName:"RunRow"}),Em=new ne(`
    fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`,{fragmentName:"RunPage"}),Rs=new ne(`
    query AdminPage {
  monitoringSettings {
    id
    defaultToleranceMilliseconds
    reminderFrequency
  }
  duplicateServers {
    name
    servers {
      id
      name
      alias
      serverId
      createdAt
    }
  }
  deprecatedFieldUsage {
    client
    clientVersion
    coordinate
    count
    firstSeenAt
    lastSeenAt
  }
  servers(first: 100) {
    nodes {
      id
      name
      alias
      note
      url
      serverId
      backupJobs {
        id
        backupName
        schedule {
          expectedInterval
          allowedWeekdays
          toleranceOverrideMilliseconds
          overdueCheckEnabled
          notificationLevel
        }
        notificationChoices {
          ntfyEnabled
          emailEnabled
          gotifyEnabled
          appriseEnabled
          notifyRecovered
          additionalNtfyTopic
          additionalEmails
          additionalNotificationLevel
        }
      }
    }
  }
}
    `),Ms=new ne(`
    mutation AcknowledgeAlert($id: ID!) {
  acknowledgeAlert(input: {id: $id}) {
    __typename
    ... on AcknowledgeAlertPayload {
      alert {
        id
        acknowledgedAt
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Is=new ne(`
    mutation UpdateServer($input: UpdateServerInput!) {
  updateServer(input: $input) {
    __typename
    ... on UpdateServerPayload {
      changed
      server {
        id
        alias
        note
        url
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ls=new ne(`
    mutation ConfigureJob($input: ConfigureBackupJobInput!) {
  configureBackupJob(input: $input) {
    __typename
    ... on ConfigureBackupJobPayload {
      job {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Os=new ne(`
    mutation MergeServers($input: MergeServersInput!) {
  mergeServers(input: $input) {
    __typename
    ... on MergeServersPayload {
      counts {
        jobsMoved
        jobsCombined
        runsMoved
        servers
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Fs=new ne(`
    mutation DeleteServer($id: ID!) {
  deleteServer(input: {id: $id}) {
    __typename
    ... on DeleteServerPayload {
      name
      deleted {
        jobs
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `),$s=new ne(`
    mutation DeleteJob($input: DeleteBackupJobInput!) {
  deleteBackupJob(input: $input) {
    __typename
    ... on DeleteBackupJobPayload {
      backupName
      deleted {
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Bs=new ne(`
    mutation PruneRuns($olderThan: DateTime!) {
  pruneBackups(input: {olderThan: $olderThan}) {
    __typename
    ... on PruneBackupsPayload {
      deleted {
        runs
        jobsAffected
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Vs=new ne(`
    mutation SetMonitoring($input: UpdateMonitoringSettingsInput!) {
  setMonitoringSettings(input: $input) {
    __typename
    ... on SetMonitoringSettingsPayload {
      monitoringSettings {
        id
        defaultToleranceMilliseconds
        reminderFrequency
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Us=new ne(`
    mutation RunOverdueCheck {
  runOverdueCheck {
    __typename
    ... on RunOverdueCheckPayload {
      check {
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ws=new ne(`
    subscription BackupReceived($after: String) {
  backupReceived(after: $after) {
    cursor
    backupId
    status
    startedAt
    serverGlobalId
    job {
      id
      backupName
    }
    server {
      id
      name
      alias
    }
  }
}
    `),zs=new ne(`
    subscription AlertChanged($after: String) {
  alertChanged(after: $after) {
    cursor
    alertId
    alertKind
    change
    changedAt
    backupName
    serverGlobalId
  }
}
    `),Ks=new ne(`
    subscription ServerChanged($after: String) {
  serverChanged(after: $after) {
    cursor
    change
    serverGlobalId
    name
  }
}
    `),qs=new ne(`
    query NotificationSettingsPage {
  notificationSettings {
    ...NotificationSettingsView
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Js=new ne(`
    mutation SetNtfy($input: SetNtfySettingsInput!) {
  setNtfySettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Gs=new ne(`
    mutation SetEmail($input: SetEmailSettingsInput!) {
  setEmailSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),js=new ne(`
    mutation SetGotify($input: SetGotifySettingsInput!) {
  setGotifySettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Hs=new ne(`
    mutation SetApprise($input: SetAppriseSettingsInput!) {
  setAppriseSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Qs=new ne(`
    mutation SetNotificationOptions($input: SetNotificationOptionsInput!) {
  setNotificationOptions(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Ys=new ne(`
    mutation SetNotificationTemplate($input: SetNotificationTemplateInput!) {
  setNotificationTemplate(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Zs=new ne(`
    mutation AddWebhook($input: AddNotificationWebhookInput!) {
  addNotificationWebhook(input: $input) {
    __typename
    ... on NotificationWebhook {
      id
    }
    ... on Error {
      message
    }
  }
}
    `),Xs=new ne(`
    mutation RemoveWebhook($id: ID!) {
  removeNotificationWebhook(id: $id) {
    __typename
    ... on RemoveNotificationWebhookPayload {
      removedWebhookId
    }
    ... on Error {
      message
    }
  }
}
    `),el=new ne(`
    mutation SendTestNotification($channels: [NotificationChannel!], $toEmail: String) {
  sendTestNotification(channels: $channels, toEmail: $toEmail) {
    __typename
    ... on SendTestNotificationPayload {
      outcomes {
        channel
        destination
        delivered
        responseCode
        error
        messageId
      }
    }
    ... on Error {
      message
    }
  }
}
    `),tl=new ne(`
    query NotificationDeliveries($first: Int, $after: String, $last: Int, $before: String, $status: NotificationDeliveryStatus, $channel: NotificationChannel, $event: NotificationEventKind) {
  notificationDeliveries(
    first: $first
    after: $after
    last: $last
    before: $before
    status: $status
    channel: $channel
    event: $event
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...DeliveryRow
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),nl=new ne(`
    mutation ResendNotification($id: ID!) {
  resendNotification(id: $id) {
    __typename
    ... on NotificationDelivery {
      ...DeliveryRow
    }
    ... on Error {
      message
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),rl=new ne(`
    subscription NotificationDeliveryChanged {
  notificationDeliveryChanged {
    deliveryId
    status
    changedAt
    delivery {
      ...DeliveryRow
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),ol=new ne(`
    query TemplatePreviewJobs {
  backupJobs(first: 100) {
    nodes {
      id
      backupName
      server {
        name
        alias
      }
      latestBackup {
        id
        status
      }
    }
  }
}
    `),il=new ne(`
    query NotificationTemplatePreview($input: NotificationTemplatePreviewInput!) {
  notificationTemplatePreview(input: $input) {
    __typename
    ... on NotificationTemplatePreview {
      deprecatedPlaceholders
      channels {
        channel
        title
        message
        priority
        tags
        truncated
      }
    }
    ... on Error {
      message
    }
  }
}
    `),al=new ne(`
    query Overview($after: String) {
  summary {
    totalServers
    totalBackupJobs
    totalBackupRuns
    totalStorageUsed
    totalUploadedSize
    overdueBackupJobCount
    lastBackupAt
  }
  activeAlerts: alerts(filter: {active: true}, first: 1) {
    totalCount
  }
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`),sl=new ne(`
    query OverviewServers($after: String) {
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`),ll=new ne(`
    query JobPage($id: ID!) {
  node(id: $id) {
    ... on BackupJob {
      id
      backupName
      runCount
      lastBackupAt
      server {
        id
        name
        alias
      }
      schedule {
        expectedInterval
        allowedWeekdays
        toleranceOverrideMilliseconds
        effectiveToleranceMilliseconds
        overdueCheckEnabled
        notificationLevel
      }
      overdue {
        isOverdue
        nextExpectedAt
        deadlineAt
        becameOverdueAt
        lastRemindedAt
        effectiveToleranceMilliseconds
      }
      history(bucket: RUN, last: 200) {
        ...HistoryPoints
      }
      alerts(first: 20) {
        totalCount
        nodes {
          ...AlertRow
        }
      }
    }
  }
}
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`),ul=new ne(`
    query ServerPage($id: ID!) {
  node(id: $id) {
    ... on Server {
      id
      name
      alias
      note
      url
      serverId
      createdAt
      backupJobs {
        ...JobTile
      }
      history(bucket: DAY, last: 180) {
        ...HistoryPoints
      }
    }
  }
  alerts(filter: {serverId: $id, active: true}, first: 50) {
    nodes {
      ...AlertRow
      job {
        id
        backupName
      }
    }
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`),cl=new ne(`
    query JobRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on BackupJob {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        ...RunPage
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}`),dl=new ne(`
    query ServerRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on Server {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          ...RunRow
        }
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`),pl=new ne(`
    query RunLog($id: ID!) {
  node(id: $id) {
    ... on Backup {
      id
      logLines
    }
  }
}
    `);function _t(e){let t=e,n=new Set;return{get:()=>t,set(o){if(!Object.is(o,t)){t=o;for(let i of[...n])i(t)}},subscribe(o){return n.add(o),()=>n.delete(o)}}}function We(e){let[t,n]=C(e.get);return rt(()=>(n(()=>e.get()),e.subscribe(o=>n(()=>o))),[e]),t}var vo={read:"dupligraph.readToken",admin:"dupligraph.adminToken"},$i={},Rn=_t(null),Qt=_t(0);function fl(e){try{return localStorage.getItem(vo[e])}catch{return null}}function ur(e){return $i[e]??fl(e)}function ml(e){return fl(e)!==null}function gl(e,t,n){$i[e]=t;try{n?localStorage.setItem(vo[e],t):localStorage.removeItem(vo[e])}catch{}Rn.get()===e&&Rn.set(null),Qt.set(Qt.get()+1)}function hl(e){delete $i[e];try{localStorage.removeItem(vo[e])}catch{}Qt.set(Qt.get()+1)}function _o(){return ur("read")??ur("admin")}var Bi="dupligraph-dashboard",Vi="/graphql",cr=class extends Error{constructor(n,o){super(o);Rt(this,"kind",n)}};async function se(e,t,n={}){let o=n.admin?ur("admin"):_o(),i={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json","graphql-client-name":Bi};o&&(i.Authorization=`Bearer ${o}`);let s=await fetch(Vi,{method:"POST",headers:i,body:JSON.stringify({query:e.toString(),variables:t})}),u=await s.json().catch(()=>({})),c=u.errors?.[0];if(s.status===401)throw Rn.set("read"),new cr("read",c?.message??"This server needs a read token");if(c?.extensions?.code==="FORBIDDEN")throw Rn.set("admin"),new cr("admin",c.message);if(c||!u.data)throw new Error(c?.message??`The server answered ${s.status}`);return u.data}function he(e,t){if(e.__typename===t)return e;let n=e.message??e.__typename;throw new Error(n)}var wo=_t("connecting"),ko=_t(0),pr=_t(new Set),Yt=_t(new Map),fr=_t([]),yd=2500,vd=200,_d=1e4,Sd=1;function yl(e){let t=Sd++;fr.set([...fr.get(),{...e,id:t}].slice(-5)),setTimeout(()=>Wi(t),_d)}function Wi(e){fr.set(fr.get().filter(t=>t.id!==e))}function wd(e){pr.set(new Set([...pr.get(),...e])),setTimeout(()=>{let t=new Set(pr.get());for(let n of e)t.delete(n);pr.set(t)},yd)}var bl;function No(){clearTimeout(bl),bl=setTimeout(()=>ko.set(ko.get()+1),100)}function kd({backupReceived:e}){if(wd([e.job.id,e.serverGlobalId]),e.status==="ERROR"||e.status==="FATAL"){let t=e.server.alias||e.server.name;yl({level:"error",text:`${t} · ${e.job.backupName}: backup ended in ${e.status.toLowerCase()}`,href:`#/job/${encodeURIComponent(e.job.id)}`})}No()}function xd({alertChanged:e}){e.change==="RAISED"&&e.alertKind==="OVERDUE"&&yl({level:"warning",text:`${e.backupName} is overdue`}),No()}function Ad({notificationDeliveryChanged:e}){if(!e.delivery)return;let t=new Map(Yt.get());t.delete(e.deliveryId),t.set(e.deliveryId,e.delivery),t.size>vd&&t.delete(t.keys().next().value),Yt.set(t)}function Td(e){No()}var vl=[{name:"backupReceived",document:Ws,cursorOf:e=>e.backupReceived.cursor,handle:kd},{name:"alertChanged",document:zs,cursorOf:e=>e.alertChanged.cursor,handle:xd},{name:"serverChanged",document:Ks,cursorOf:e=>e.serverChanged.cursor,handle:Td},{name:"notificationDeliveryChanged",document:rl,handle:Ad}],xo=_t(0),Nd=new Set(["EXPIRED","UNKNOWN","MALFORMED"]),Mn,Ao=new Map,So=new Map,dr,Ur,_l=0,zi=!1,Ui=0;function Sl(){Ui++,document.documentElement.dataset.liveFullRefetches=String(Ui),Yt.set(new Map),No()}function Ed(e){return Array.isArray(e)?e.some(t=>t.extensions?.argument==="after"&&Nd.has(String(t.extensions.reason))):!1}function To(e,t){let n=e.cursorOf?So.get(e.name)??dr:void 0;t&&e.cursorOf&&!n&&(zi=!0),Ao.get(e.name)?.();let o=Mn.subscribe({query:e.document.toString(),variables:e.cursorOf?{after:n??null}:{}},{next:i=>{if(!i.data)return;let s=i.data;e.cursorOf&&(dr=e.cursorOf(s),So.set(e.name,dr)),e.handle(s)},error:i=>{Ed(i)?(So.delete(e.name),dr===n&&(dr=void 0),Sl(),To(e,!1)):Array.isArray(i)?setTimeout(()=>Mn&&To(e,!1),1e3):Cd()},complete:()=>{}});Ao.set(e.name,o)}function Cd(){if(Ur!==void 0||!Mn)return;let e=Math.min(1e3*2**_l++,1e4);Ur=setTimeout(()=>{if(Ur=void 0,!!Mn){zi=!1;for(let t of vl)To(t,!0)}},e)}function wl(){Dd();let e=!1,t=`${location.protocol==="https:"?"wss":"ws"}://${location.host}${Vi}`;Mn=Fi({url:t,lazy:!0,keepAlive:1e4,retryAttempts:0,connectionParams:()=>{let n=_o();return{"graphql-client-name":Bi,...n?{token:n}:{}}},on:{connected:()=>{wo.set("connected"),_l=0,e&&(Yt.set(new Map),xo.set(xo.get()+1),zi&&Sl()),e=!0},closed:()=>wo.set(e?"reconnecting":"connecting")}}),document.documentElement.dataset.liveFullRefetches=String(Ui);for(let n of vl)To(n,!1)}function Dd(){clearTimeout(Ur),Ur=void 0;let e=Mn;Mn=void 0;for(let t of Ao.values())t();Ao=new Map,So=new Map,dr=void 0,e?.dispose()}var Pd=Symbol.for("pv"),Rd=0;function r(e,t,n,o,i,s){t||(t={});var u,c,p=t;if("ref"in p&&typeof e!="function")for(c in p={},t)c=="ref"?u=t[c]:p[c]=t[c];var m={type:e,props:p,key:n,ref:u,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Pd,__v:--Rd,__i:-1,__u:0};return(i||s)&&(m.__source=i,m.__self=s),ye.vnode&&ye.vnode(m),m}function kl(){return We(wo)!=="reconnecting"?null:r("div",{class:"banner",role:"alert",children:"Disconnected — reconnecting… Live updates resume by themselves; the page shows what it last read."})}function xl(){let e=We(fr);return r("div",{class:"toasts",role:"status","aria-live":"polite",children:e.map(t=>r("div",{class:`toast toast-${t.level}`,children:[t.href?r("a",{href:t.href,children:t.text}):r("span",{children:t.text}),r("button",{type:"button",class:"link","aria-label":"Dismiss notification",onClick:()=>Wi(t.id),children:"×"})]},t.id))})}var Md={read:{title:"This server needs its read token",why:"Reads on this server are protected. Enter the READ_TOKEN (or the admin token) to see the backups.",label:"Read token"},admin:{title:"Admin token needed",why:"Changes need the ADMIN_TOKEN of this server.",label:"Admin token"}};function In({kind:e,onCancel:t,onSaved:n}){let[o,i]=C(""),[s,u]=C(ml(e)),c=Md[e],p=`token-${e}`;return r("form",{class:"card token-prompt","aria-labelledby":`${p}-title`,onSubmit:m=>{m.preventDefault(),o.trim()&&(gl(e,o.trim(),s),n?.())},children:[r("h2",{id:`${p}-title`,children:c.title}),r("p",{children:c.why}),r("label",{for:p,children:c.label}),r("input",{id:p,name:p,type:"password",autocomplete:"off",required:!0,value:o,onInput:m=>i(m.currentTarget.value)}),r("label",{class:"check",children:[r("input",{type:"checkbox",checked:s,onChange:m=>u(m.currentTarget.checked)}),"Remember on this device"]}),r("div",{class:"actions",children:[r("button",{type:"submit",class:"primary",children:"Use token"}),t&&r("button",{type:"button",onClick:t,children:"Cancel"})]})]})}function Ki(e,t,n={}){let o=We(ko),i=We(Qt),[s,u]=C(0),[c,p]=C({loading:!0}),m=Br(0),g=Br(e);g.current=e,rt(()=>{if(n.skip)return;let h=++m.current;p(y=>({...y,loading:!0})),g.current().then(y=>h===m.current&&p({data:y,loading:!1}),y=>h===m.current&&p(w=>({data:w.data,error:y,loading:!1})))},[t,o,i,s,n.skip]);let b=Ts(()=>u(h=>h+1),[]);return{...c,refetch:b}}function ut(e,t,n={}){return Ki(()=>se(e,t,{admin:n.admin}),`${JSON.stringify(t)}|${n.admin}`,n)}function Le(e){let[t,n]=C(!1),[o,i]=C(null);return{busy:t,outcome:o,async run(s,u){n(!0),i(null);try{i({ok:!0,text:u(await s())}),e?.()}catch(c){i({ok:!1,text:c.message})}finally{n(!1)}}}}function Oe({state:e}){return r("p",{class:e.outcome?.ok===!1?"error":"ok",role:"status",children:e.outcome?.text??""})}var Al=["B","KiB","MiB","GiB","TiB","PiB"];function Zt(e){let t=e,n=0;for(;Math.abs(t)>=1024&&n<Al.length-1;)t/=1024,n++;return`${n===0?t:t.toFixed(t<10?1:0)} ${Al[n]}`}function Eo(e){let t=Math.round(e),n=Math.floor(t/3600),o=Math.floor(t%3600/60),i=t%60;return n?`${n} h ${o} min`:o?`${o} min ${i} s`:`${i} s`}function Tl(e){return e<60?`${Math.round(e)} s`:e<3600?`${(e/60).toFixed(1)} min`:`${(e/3600).toFixed(1)} h`}function St(e){return e.toLocaleString("en")}function Ee(e){return e?new Date(e).toLocaleString(void 0,{dateStyle:"medium",timeStyle:"short"}):"—"}function Ln(e,t=Date.now()){if(!e)return"never";let n=Math.round((new Date(e).getTime()-t)/1e3),o=Math.abs(n),i;return o<45?"just now":(o<3600?i=`${Math.round(o/60)} min`:o<86400*2?i=`${Math.round(o/3600)} h`:i=`${Math.round(o/86400)} days`,n<0?`${i} ago`:`in ${i}`)}var Wr={SUCCESS:"Success",WARNING:"Warning",ERROR:"Error",FATAL:"Fatal",UNKNOWN:"Unknown",NONE:"No runs"},Co=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"];function Nl(e){let t=e.replace(/^#/,"")||"/",[,n,o]=t.split("/");return t==="/"||n===""?{page:"overview"}:n==="server"&&o?{page:"server",id:decodeURIComponent(o)}:n==="job"&&o?{page:"job",id:decodeURIComponent(o)}:n==="admin"?{page:"admin",section:o==="notifications"?"notifications":"general"}:{page:"not-found",path:t}}var Ye={overview:()=>"#/",server:e=>`#/server/${encodeURIComponent(e)}`,job:e=>`#/job/${encodeURIComponent(e)}`,admin:(e="general")=>e==="general"?"#/admin":`#/admin/${e}`};function El(){let[e,t]=C(()=>Nl(location.hash));return rt(()=>{let n=()=>t(Nl(location.hash));return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),e}function Ce(e){let t=e.hint?`${e.id}-hint`:void 0;return r("div",{class:"field",children:[r("label",{for:e.id,children:e.label}),r("input",{id:e.id,type:e.type??"text",value:e.value,required:e.required,placeholder:e.placeholder,autoComplete:e.autoComplete??"off","aria-describedby":t,onInput:n=>e.onInput(n.currentTarget.value)}),e.hint&&r("span",{id:t,class:"muted hint",children:e.hint})]})}function Ze({label:e,checked:t,onChange:n}){return r("label",{class:"check",children:[r("input",{type:"checkbox",checked:t,onChange:o=>n(o.currentTarget.checked)}),e]})}function Mt(e){return r("div",{class:"field",children:[r("label",{for:e.id,children:e.label}),r("select",{id:e.id,value:e.value,onChange:t=>e.onChange(t.currentTarget.value),children:e.options.map(t=>r("option",{value:t.value,children:t.label},t.value))})]})}function zr(e){return r("div",{class:"field",children:[r("label",{for:e.id,children:e.label}),r("input",{id:e.id,type:"password",value:e.value,autoComplete:"new-password",placeholder:e.isSet?"Stored; leave empty to keep it":"Not set","aria-describedby":`${e.id}-state`,disabled:e.remove?.checked,onInput:t=>e.onInput(t.currentTarget.value)}),r("span",{id:`${e.id}-state`,class:"muted hint","data-secret-state":e.isSet?"set":"unset",children:e.isSet?"Set (never shown)":"Not set"}),e.isSet&&e.remove&&r(Ze,{label:"Remove it",checked:e.remove.checked,onChange:e.remove.onChange})]})}var Kr={admin:!0};function Cl({server:e,onChange:t}){let[n,o]=C(e.alias),[i,s]=C(e.note),[u,c]=C(e.url),p=Le(t),m=Le(t),g=`server-${e.id}`;return r("details",{class:"card admin-server",children:[r("summary",{children:[r("strong",{children:e.alias||e.name})," ",r("span",{class:"muted",children:e.serverId})]}),r("form",{onSubmit:b=>{b.preventDefault(),p.run(async()=>he((await se(Is,{input:Id(e.id,{alias:n,note:i,url:u})},Kr)).updateServer,"UpdateServerPayload"),h=>h.changed?"Saved.":"Nothing to change.")},children:[r("div",{class:"field",children:[r("label",{for:`${g}-alias`,children:"Alias"}),r("input",{id:`${g}-alias`,value:n,onInput:b=>o(b.currentTarget.value)})]}),r("div",{class:"field",children:[r("label",{for:`${g}-note`,children:"Note"}),r("textarea",{id:`${g}-note`,value:i,onInput:b=>s(b.currentTarget.value)})]}),r("div",{class:"field",children:[r("label",{for:`${g}-url`,children:"Duplicati web UI URL"}),r("input",{id:`${g}-url`,type:"url",value:u,onInput:b=>c(b.currentTarget.value)})]}),r("div",{class:"actions",children:[r("button",{type:"submit",class:"primary",disabled:p.busy,children:"Save server"}),r("button",{type:"button",class:"danger",disabled:m.busy,onClick:()=>{confirm(`Delete ${e.name} with all its jobs, runs and alerts?`)&&m.run(async()=>he((await se(Fs,{id:e.id},Kr)).deleteServer,"DeleteServerPayload"),b=>`Deleted ${b.name}: ${b.deleted.jobs} jobs, ${b.deleted.runs} runs.`)},children:"Delete server"})]}),r(Oe,{state:p}),r(Oe,{state:m})]}),e.backupJobs.map(b=>r(Ld,{job:b,onChange:t},b.id))]})}function Id(e,t){let n={alias:t.alias.trim(),note:t.note,url:t.url.trim()};return{id:e,set:{alias:n.alias||null,note:n.note||null,url:n.url||null},clearAlias:n.alias==="",clearNote:n.note==="",clearUrl:n.url===""}}var Dl=["ALL","WARNINGS","ERRORS","OFF"];function Ld({job:e,onChange:t}){let{schedule:n}=e,[o,i]=C(n.expectedInterval),[s,u]=C(n.allowedWeekdays),[c,p]=C(n.toleranceOverrideMilliseconds===null?"":String(n.toleranceOverrideMilliseconds/6e4)),[m,g]=C(n.overdueCheckEnabled),[b,h]=C(n.notificationLevel),[y,w]=C(e.notificationChoices),x=Le(t),D=Le(t),E=`job-${e.id}`;return r("form",{class:"job-settings","aria-label":`Settings of ${e.backupName}`,onSubmit:S=>{S.preventDefault(),x.run(async()=>he((await se(Ls,{input:{job:{id:e.id},expectedInterval:o,allowedWeekdays:s,...c===""?{clearToleranceOverride:!0}:{toleranceOverrideMilliseconds:Math.round(Number(c)*6e4)},overdueCheckEnabled:m,notificationLevel:b,ntfyEnabled:y.ntfyEnabled,emailEnabled:y.emailEnabled,gotifyEnabled:y.gotifyEnabled,appriseEnabled:y.appriseEnabled,notifyRecovered:y.notifyRecovered,additionalNtfyTopic:y.additionalNtfyTopic,additionalEmails:y.additionalEmails,additionalNotificationLevel:y.additionalNotificationLevel}},Kr)).configureBackupJob,"ConfigureBackupJobPayload"),()=>"Job settings saved.")},children:[r("h3",{children:e.backupName}),r("div",{class:"field",children:[r("label",{for:`${E}-interval`,children:"Expected interval (e.g. 1D, 12h, 1W)"}),r("input",{id:`${E}-interval`,value:o,onInput:S=>i(S.currentTarget.value)})]}),r("fieldset",{children:[r("legend",{children:"Weekdays (UTC; none ticked means every day)"}),Co.map((S,T)=>r("label",{class:"check",children:[r("input",{type:"checkbox",checked:s.includes(T),onChange:A=>u(A.currentTarget.checked?[...s,T].sort():s.filter(j=>j!==T))}),S]},S))]}),r("div",{class:"field",children:[r("label",{for:`${E}-tolerance`,children:"Tolerance in minutes (empty: global default)"}),r("input",{id:`${E}-tolerance`,type:"number",min:"0",value:c,onInput:S=>p(S.currentTarget.value)})]}),r("label",{class:"check",children:[r("input",{type:"checkbox",checked:m,onChange:S=>g(S.currentTarget.checked)}),"Check for overdue runs"]}),r("div",{class:"field",children:[r("label",{for:`${E}-level`,children:"Warning alerts for"}),r("select",{id:`${E}-level`,value:b,onChange:S=>h(S.currentTarget.value),children:Dl.map(S=>r("option",{value:S,children:S.toLowerCase()},S))})]}),r(Od,{prefix:E,choices:y,onChange:w}),r("div",{class:"actions",children:[r("button",{type:"submit",class:"primary",disabled:x.busy,children:"Save job settings"}),r("button",{type:"button",class:"danger",disabled:D.busy,onClick:()=>{confirm(`Delete the job ${e.backupName} with its runs and alerts?`)&&D.run(async()=>he((await se($s,{input:{job:{id:e.id}}},Kr)).deleteBackupJob,"DeleteBackupJobPayload"),S=>`Deleted ${S.backupName}: ${S.deleted.runs} runs.`)},children:"Delete job"})]}),r(Oe,{state:x}),r(Oe,{state:D})]})}function Od({prefix:e,choices:t,onChange:n}){let o=i=>s=>n({...t,[i]:s});return r("fieldset",{children:[r("legend",{children:"Notifications"}),r(Ze,{label:"ntfy",checked:t.ntfyEnabled,onChange:o("ntfyEnabled")}),r(Ze,{label:"E-mail",checked:t.emailEnabled,onChange:o("emailEnabled")}),r(Ze,{label:"Gotify",checked:t.gotifyEnabled,onChange:o("gotifyEnabled")}),r(Ze,{label:"Apprise",checked:t.appriseEnabled,onChange:o("appriseEnabled")}),r(Ze,{label:"Notify when a good run recovers",checked:t.notifyRecovered,onChange:o("notifyRecovered")}),r(Ce,{id:`${e}-extra-topic`,label:"Extra ntfy topic",value:t.additionalNtfyTopic,onInput:o("additionalNtfyTopic")}),r(Ce,{id:`${e}-extra-emails`,label:"Extra e-mail recipients (comma-separated)",value:t.additionalEmails,onInput:o("additionalEmails")}),r(Mt,{id:`${e}-extra-level`,label:"Runs that reach the extra destinations",value:t.additionalNotificationLevel,options:Dl.map(i=>({value:i,label:i.toLowerCase()})),onChange:o("additionalNotificationLevel")})]})}function Pl({groups:e,onChange:t}){let n=Le(t);return e.length===0?r("p",{class:"muted",children:"No two servers share a name."}):r(ve,{children:[r("ul",{class:"plain",children:e.map(o=>{let[i,...s]=o.servers;return r("li",{children:[r("strong",{children:o.name}),": ",o.servers.length," servers (",o.servers.map(u=>u.serverId).join(", "),")"," ",r("button",{type:"button",disabled:n.busy||!i,onClick:()=>{!i||!confirm(`Merge ${s.length} older server(s) named ${o.name} into the newest one?`)||n.run(async()=>he((await se(Os,{input:{targetId:i.id,sourceIds:s.map(u=>u.id)}},Kr)).mergeServers,"MergeServersPayload"),u=>`Merged: ${u.counts.runsMoved} runs moved, ${u.counts.servers} servers removed.`)},children:"Merge into newest"})]},o.name)})}),r(Oe,{state:n})]})}var rn={BACKUP_FAILED:"Failed run",BACKUP_WARNING:"Run with warnings",BACKUP_SUCCEEDED:"Successful run",OVERDUE:"Overdue",OVERDUE_REMINDER:"Overdue reminder",RECOVERED:"Recovered",SERVER_SEEN:"New server",TEST:"Test"},on={NTFY:"ntfy",EMAIL:"E-mail",GOTIFY:"Gotify",APPRISE:"Apprise",WEBHOOK:"Webhook"},qi={PENDING:"Pending",DELIVERED:"Delivered",DEAD:"Failed"},Do={SUCCESS:"Successful run",WARNING:"Run with warnings or errors",OVERDUE_BACKUP:"Overdue job and reminders"};var mr=20,Fd={value:"",label:"Any"},Ji=e=>[Fd,...Object.entries(e).map(([t,n])=>({value:t,label:n}))];function Rl(){let[e,t]=C({status:"",channel:"",event:""}),[n,o]=C({first:mr}),[i,s]=C(1),u=We(Yt),c={...n,status:e.status||null,channel:e.channel||null,event:e.event||null},{data:p,error:m,refetch:g}=ut(tl,c,{admin:!0}),b=p?.notificationDeliveries,h=i===1&&b?$d(b.nodes,u,e):!1;rt(()=>{h&&g()},[h,g]);let y=We(xo);rt(()=>{y>0&&g()},[y,g]);let w=S=>T=>{t({...e,[S]:T}),o({first:mr}),s(1)},x=r("fieldset",{class:"filters",children:[r("legend",{class:"visually-hidden",children:"Filter deliveries"}),r(Mt,{id:"deliveries-status",label:"Status",value:e.status,options:Ji(qi),onChange:w("status")}),r(Mt,{id:"deliveries-channel",label:"Channel",value:e.channel,options:Ji(on),onChange:w("channel")}),r(Mt,{id:"deliveries-event",label:"Event",value:e.event,options:Ji(rn),onChange:w("event")})]});if(m&&!b)return r("p",{class:"error",children:["Could not read the deliveries: ",m.message]});if(!b)return r("p",{"aria-busy":"true",children:"Loading deliveries…"});let D=b.nodes.map(S=>u.get(S.id)??S).filter(S=>Ml(S,e)),E=Math.max(1,Math.ceil(b.totalCount/mr));return r("div",{class:"deliveries",children:[x,D.length===0?r("p",{class:"muted",children:["No deliveries",e.status||e.channel||e.event?" match these filters":" yet","."]}):r("div",{class:"table-scroll",children:r("table",{class:"deliveries-table",children:[r("caption",{class:"visually-hidden",children:"Notification deliveries, newest first"}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Created"}),r("th",{scope:"col",children:"Status"}),r("th",{scope:"col",children:"Channel"}),r("th",{scope:"col",children:"Event"}),r("th",{scope:"col",children:"Attempts"}),r("th",{scope:"col",children:"Response"}),r("th",{scope:"col",children:"Last error"}),r("th",{scope:"col",children:"Delivered / next try"}),r("th",{scope:"col",children:r("span",{class:"visually-hidden",children:"Actions"})})]})}),r("tbody",{children:D.map(S=>r(Vd,{row:S},S.id))})]})}),r("nav",{class:"pager","aria-label":"Delivery pages",children:[r("button",{type:"button",disabled:i===1,onClick:()=>{o(i===2?{first:mr}:{last:mr,before:b.pageInfo.startCursor}),s(i-1)},children:"Newer deliveries"}),r("span",{class:"page-number",children:["Page ",i," of ",E," (",St(b.totalCount)," deliveries)"]}),r("button",{type:"button",disabled:!b.pageInfo.hasNextPage,onClick:()=>{o({first:mr,after:b.pageInfo.endCursor}),s(i+1)},children:"Older deliveries"})]})]})}function Ml(e,t){return(!t.status||e.status===t.status)&&(!t.channel||e.channel===t.channel)&&(!t.event||e.event===t.event)}function $d(e,t,n){let o=new Set(e.map(s=>s.id)),i=e[0]?.createdAt??"";for(let[s,u]of t)if(!o.has(s)&&Ml(u,n)&&new Date(u.createdAt)>=new Date(i||0))return!0;return!1}var Bd={DELIVERED:"status-success",PENDING:"status-none",DEAD:"status-error"};function Vd({row:e}){let[t,n]=C(!1),[o,i]=C(null);return r("tr",{"data-delivery-id":e.id,"data-status":e.status,children:[r("td",{children:Ee(e.createdAt)}),r("td",{children:r("span",{class:`badge ${Bd[e.status]}`,children:qi[e.status]})}),r("td",{children:[on[e.channel],e.destination&&r("span",{class:"muted",children:[" ",e.destination]})]}),r("td",{title:e.title||void 0,children:rn[e.event]}),r("td",{children:e.attempts}),r("td",{children:e.responseCode??"—"}),r("td",{class:"last-error",children:e.lastError??"—"}),r("td",{children:e.deliveredAt?Ee(e.deliveredAt):e.nextAttemptAt?`next ${Ee(e.nextAttemptAt)}`:"—"}),r("td",{children:[e.status!=="PENDING"&&r("button",{type:"button",disabled:t,"aria-label":`Re-send the ${rn[e.event].toLowerCase()} notification by ${on[e.channel]}`,onClick:async()=>{n(!0),i(null);try{let s=Yt.get().get(e.id),u=await se(nl,{id:e.id},{admin:!0}),c=he(u.resendNotification,"NotificationDelivery");Yt.get().get(e.id)===s&&Yt.set(new Map(Yt.get()).set(c.id,c))}catch(s){i(s.message)}finally{n(!1)}},children:"Re-send"}),o&&r("span",{class:"error",children:[" ",o]})]})]})}var Po={admin:!0};function Il({settings:e,onSaved:t}){let[n,o]=C(e.ntfy?.url??"https://ntfy.sh/"),[i,s]=C(e.ntfy?.topic??""),[u,c]=C(""),[p,m]=C(!1),g=Le();return r("form",{class:"card channel","aria-labelledby":"channel-ntfy",onSubmit:b=>{b.preventDefault(),g.run(async()=>{let y=he((await se(Js,{input:{url:n,topic:i,accessToken:p?"":u||void 0}},Po)).setNtfySettings,"NotificationSettings");return c(""),m(!1),t(y),y},()=>"ntfy saved.")},children:[r("h3",{id:"channel-ntfy",children:"ntfy"}),r(Ce,{id:"ntfy-url",label:"Server URL",type:"url",required:!0,value:n,onInput:o}),r(Ce,{id:"ntfy-topic",label:"Topic",required:!0,value:i,onInput:s}),r(zr,{id:"ntfy-token",label:"Access token",isSet:e.ntfy?.hasAccessToken??!1,value:u,onInput:c,remove:{checked:p,onChange:m}}),r("button",{type:"submit",class:"primary",disabled:g.busy,children:"Save ntfy"}),r(Oe,{state:g})]})}var Ud=[{value:"STARTTLS",label:"STARTTLS (TLS required)"},{value:"SSL",label:"SSL/TLS from the start"},{value:"PLAIN",label:"Plain (no TLS)"}];function Ll({settings:e,onSaved:t}){let n=e.email,[o,i]=C(n?.host??""),[s,u]=C(String(n?.port??587)),[c,p]=C(n?.connectionType??"STARTTLS"),[m,g]=C(n?.requireAuth??!0),[b,h]=C(n?.username??""),[y,w]=C(""),[x,D]=C(!1),[E,S]=C(n?.mailto??""),[T,A]=C(n?.fromAddress??""),[j,O]=C(n?.senderName??""),Q=Le();return r("form",{class:"card channel","aria-labelledby":"channel-email",onSubmit:q=>{q.preventDefault(),Q.run(async()=>{let Z={host:o,port:Number(s),connectionType:c,requireAuth:m,username:b,password:x?"":y||void 0,mailto:E,fromAddress:T,senderName:j||void 0},J=he((await se(Gs,{input:Z},Po)).setEmailSettings,"NotificationSettings");return w(""),D(!1),t(J),J},()=>"E-mail saved.")},children:[r("h3",{id:"channel-email",children:"E-mail"}),n?.passwordMustBeSetAgain&&r("p",{class:"error",children:"The upgrade could not carry duplistatus's password over: enter it again."}),r(Ce,{id:"email-host",label:"SMTP host",required:!0,value:o,onInput:i}),r(Ce,{id:"email-port",label:"Port",type:"number",required:!0,value:s,onInput:u}),r(Mt,{id:"email-connection",label:"Connection",value:c,options:Ud,onChange:p}),r(Ze,{label:"The server needs a login",checked:m,onChange:g}),r(Ce,{id:"email-username",label:"Username",value:b,onInput:h}),r(zr,{id:"email-password",label:"Password",isSet:n?.hasPassword??!1,value:y,onInput:w,remove:{checked:x,onChange:D}}),r(Ce,{id:"email-to",label:"Recipient",type:"email",required:!0,value:E,onInput:S}),r(Ce,{id:"email-from",label:"Sender address (empty: the username)",value:T,onInput:A}),r(Ce,{id:"email-sender",label:"Sender name",placeholder:"duplistatus",value:j,onInput:O}),r("button",{type:"submit",class:"primary",disabled:Q.busy,children:"Save e-mail"}),r(Oe,{state:Q})]})}function Ol({settings:e,onSaved:t}){let[n,o]=C(e.gotify?.url??""),[i,s]=C(e.gotify?.enabled??!0),[u,c]=C(""),p=Le();return r("form",{class:"card channel","aria-labelledby":"channel-gotify",onSubmit:m=>{m.preventDefault(),p.run(async()=>{let b=he((await se(js,{input:{url:n,enabled:i,token:u||void 0}},Po)).setGotifySettings,"NotificationSettings");return c(""),t(b),b},()=>"Gotify saved.")},children:[r("h3",{id:"channel-gotify",children:"Gotify"}),r(Ce,{id:"gotify-url",label:"Server URL",type:"url",required:!0,value:n,onInput:o}),r(zr,{id:"gotify-token",label:"Application token",isSet:e.gotify?.hasToken??!1,value:u,onInput:c}),r(Ze,{label:"Send through Gotify",checked:i,onChange:s}),r("div",{class:"actions",children:r("button",{type:"submit",class:"primary",disabled:p.busy,children:"Save Gotify"})}),r(Oe,{state:p})]})}function Fl({settings:e,onSaved:t}){let[n,o]=C(e.apprise?.url??""),[i,s]=C(e.apprise?.key??""),[u,c]=C(e.apprise?.enabled??!0),[p,m]=C(""),g=Le();return r("form",{class:"card channel","aria-labelledby":"channel-apprise",onSubmit:b=>{b.preventDefault(),g.run(async()=>{let y=he((await se(Hs,{input:{url:n,key:i,enabled:u,urls:p||void 0}},Po)).setAppriseSettings,"NotificationSettings");return m(""),t(y),y},()=>"Apprise saved.")},children:[r("h3",{id:"channel-apprise",children:"Apprise API"}),r(Ce,{id:"apprise-url",label:"Apprise API server",type:"url",required:!0,value:n,onInput:o}),r(Ce,{id:"apprise-key",label:"Configuration key (empty: send the URLs below)",value:i,onInput:s}),r(zr,{id:"apprise-urls",label:"Apprise URLs",isSet:e.apprise?.hasUrls??!1,value:p,onInput:m}),r(Ze,{label:"Send through Apprise",checked:u,onChange:c}),r("div",{class:"actions",children:r("button",{type:"submit",class:"primary",disabled:g.busy,children:"Save Apprise"})}),r(Oe,{state:g})]})}function Wd(e){let t=e.server.alias||e.server.name,n=e.latestBackup?` (latest run: ${e.latestBackup.status.toLowerCase()})`:" (no run stored)";return`${t} · ${e.backupName}${n}`}function $l({kind:e,text:t,jobs:n}){let o=e==="OVERDUE_BACKUP"?n:n.filter(x=>x.latestBackup),[i,s]=C(o[0]?.id??""),[u,c]=C(!1),[p,m]=C(null),[g,b]=C(null),h=`template-${e.toLowerCase()}`,y=o.find(x=>x.id===i);async function w(){if(y){c(!0),b(null);try{let x=e==="OVERDUE_BACKUP"?{jobId:y.id}:{backupId:y.latestBackup.id},D={title:t.title,message:t.message,priority:t.priority||null,tags:t.tags||null},E=await se(il,{input:{kind:e,template:D,...x}},{admin:!0});m(he(E.notificationTemplatePreview,"NotificationTemplatePreview"))}catch(x){m(null),b(x.message)}finally{c(!1)}}}return o.length===0?r("p",{class:"muted",children:"No stored run to preview this template with yet."}):r("section",{class:"template-preview","aria-labelledby":`${h}-preview`,children:[r("h4",{id:`${h}-preview`,children:"Preview"}),r(Mt,{id:`${h}-preview-job`,label:e==="OVERDUE_BACKUP"?"Job (as if overdue now)":"Job (its latest run's values)",value:i,options:o.map(x=>({value:x.id,label:Wd(x)})),onChange:s}),r("div",{class:"actions",children:r("button",{type:"button",disabled:u||!t.message||!t.title,onClick:()=>{w()},children:u?"Rendering…":"Preview"})}),r("div",{role:"status",children:[g&&r("p",{class:"error",children:g}),p&&p.deprecatedPlaceholders.length>0&&r("p",{class:"muted",children:["Deprecated placeholders (still rendered): ",p.deprecatedPlaceholders.join(", ")]}),p&&p.channels.length===0&&r("p",{class:"muted",children:"No channel sends text."}),p?.channels.map(x=>r("div",{class:"preview-channel","data-channel":x.channel,"data-truncated":String(x.truncated),children:[r("strong",{children:on[x.channel]}),x.truncated&&r("span",{class:"error",children:" — cut to the channel's size limit"}),r("dl",{children:[r("dt",{children:"Title"}),r("dd",{class:"preview-title",children:x.title}),r("dt",{children:"Message"}),r("dd",{children:r("pre",{class:"preview-message",children:x.message})}),r("dt",{children:"Priority"}),r("dd",{children:x.priority}),r("dt",{children:"Tags"}),r("dd",{children:x.tags||"—"})]})]},x.channel))]})]})}var zd={admin:!0},Kd=Object.keys(Do),qd=["min","low","default","high","max"].map(e=>({value:e,label:e}));function Bl({templates:e,onChange:t}){let n=ut(ol,{}).data?.backupJobs.nodes??[];return r(ve,{children:Kd.map(o=>r(Jd,{kind:o,template:e.find(i=>i.kind===o),jobs:n,onChange:t},o))})}function Jd({kind:e,template:t,jobs:n,onChange:o}){let[i,s]=C(t?.title??""),[u,c]=C(t?.message??""),[p,m]=C(t?.priority??"default"),[g,b]=C(t?.tags??""),h=Le(o),y=`template-${e.toLowerCase()}`;return r("details",{class:"card template","data-template-kind":e,children:[r("summary",{children:[r("strong",{children:Do[e]})," ",r("span",{class:"muted",children:t?"stored":"built-in default in use"})]}),r("form",{"aria-label":`Template: ${Do[e]}`,onSubmit:w=>{w.preventDefault(),h.run(async()=>he((await se(Ys,{input:{kind:e,title:i,message:u,priority:p,tags:g}},zd)).setNotificationTemplate,"NotificationSettings"),()=>"Template saved.")},children:[r(Ce,{id:`${y}-title`,label:"Title (e-mail subject)",required:!0,value:i,onInput:s}),r("div",{class:"field",children:[r("label",{for:`${y}-message`,children:["Message (","{placeholder}","s are filled per event)"]}),r("textarea",{id:`${y}-message`,required:!0,rows:6,value:u,onInput:w=>c(w.currentTarget.value)})]}),r(Mt,{id:`${y}-priority`,label:"ntfy priority",value:p,options:qd,onChange:m}),r(Ce,{id:`${y}-tags`,label:"ntfy tags (comma-separated)",value:g,onInput:b}),r("div",{class:"actions",children:r("button",{type:"submit",class:"primary",disabled:h.busy,children:"Save template"})}),r(Oe,{state:h})]}),r($l,{kind:e,text:{title:i,message:u,priority:p,tags:g},jobs:n})]})}var Gd={admin:!0},jd=["NTFY","EMAIL","GOTIFY","APPRISE"];function Vl(){let[e,t]=C([]),[n,o]=C(""),[i,s]=C(!1),[u,c]=C(null),[p,m]=C(null);return r("form",{class:"card","aria-labelledby":"notification-test",onSubmit:async g=>{g.preventDefault(),s(!0),m(null);try{let b=await se(el,{channels:e.length?e:null,toEmail:n||null},Gd);c(he(b.sendTestNotification,"SendTestNotificationPayload").outcomes)}catch(b){c(null),m(b.message)}finally{s(!1)}},children:[r("h3",{id:"notification-test",children:"Send a test"}),r("fieldset",{children:[r("legend",{children:"Channels (none ticked: every configured one)"}),jd.map(g=>r(Ze,{label:on[g],checked:e.includes(g),onChange:b=>t(b?[...e,g]:e.filter(h=>h!==g))},g))]}),r(Ce,{id:"test-email",label:"Send the e-mail test to (empty: the recipient)",type:"email",value:n,onInput:o}),r("div",{class:"actions",children:r("button",{type:"submit",class:"primary",disabled:i,children:i?"Sending…":"Send test"})}),r("div",{role:"status",children:[p&&r("p",{class:"error",children:p}),u&&u.length===0&&r("p",{class:"muted",children:"No channel is configured."}),u&&u.length>0&&r("ul",{class:"plain test-outcomes",children:u.map(g=>r("li",{"data-channel":g.channel,"data-delivered":String(g.delivered),children:[r("strong",{children:on[g.channel]}),g.destination&&` (${g.destination})`,":"," ",r("span",{class:g.delivered?"ok":"error",children:g.delivered?"delivered":"failed"}),g.responseCode!==null&&g.responseCode!==void 0&&`, answered ${g.responseCode}`,g.error&&` — ${g.error}`]},g.channel))})]})]})}var Wl={admin:!0},Hd=Object.keys(rn).filter(e=>e!=="BACKUP_SUCCEEDED"&&e!=="TEST"),Ul=16;function zl({webhooks:e,onChange:t}){let n=Le(t);return r("div",{class:"card",children:[e.length===0?r("p",{class:"muted",children:"No webhook endpoints."}):r("div",{class:"table-scroll",children:r("table",{class:"webhooks",children:[r("caption",{class:"visually-hidden",children:"Webhook endpoints"}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Name"}),r("th",{scope:"col",children:"URL"}),r("th",{scope:"col",children:"Events"}),r("th",{scope:"col",children:"Secret"}),r("th",{scope:"col",children:r("span",{class:"visually-hidden",children:"Actions"})})]})}),r("tbody",{children:e.map(o=>r("tr",{"data-webhook-id":o.id,children:[r("td",{children:[o.name||"—",!o.enabled&&r("span",{class:"muted",children:" (off)"})]}),r("td",{children:r("code",{children:o.url})}),r("td",{children:o.events.map(i=>rn[i]).join(", ")}),r("td",{children:o.hasSecret?"set":"not set"}),r("td",{children:r("button",{type:"button",class:"danger",disabled:n.busy,"aria-label":`Remove the webhook ${o.name||o.url}`,onClick:()=>{confirm(`Remove the webhook ${o.name||o.url}?`)&&n.run(async()=>he((await se(Xs,{id:o.id},Wl)).removeNotificationWebhook,"RemoveNotificationWebhookPayload"),()=>"Webhook removed.")},children:"Remove"})})]},o.id))})]})}),r(Oe,{state:n}),r(Qd,{onChange:t})]})}function Qd({onChange:e}){let[t,n]=C(""),[o,i]=C(""),[s,u]=C(""),[c,p]=C(Hd),[m,g]=C(!1),b=Le(e);return r("form",{"aria-labelledby":"webhook-add",onSubmit:h=>{h.preventDefault(),b.run(async()=>{let w=he((await se(Zs,{input:{name:t,url:o,secret:s,events:c,legacyMachineKeys:m}},Wl)).addNotificationWebhook,"NotificationWebhook");return n(""),i(""),u(""),w},()=>"Webhook added.")},children:[r("h3",{id:"webhook-add",children:"Add a webhook"}),r(Ce,{id:"webhook-name",label:"Name",value:t,onInput:n}),r(Ce,{id:"webhook-url",label:"URL (http or https)",type:"url",required:!0,value:o,onInput:i}),r("div",{class:"field",children:[r("label",{for:"webhook-secret",children:["Signing secret (at least ",Ul," characters; never shown again)"]}),r("input",{id:"webhook-secret",type:"password",required:!0,minLength:Ul,autoComplete:"new-password",value:s,onInput:h=>u(h.currentTarget.value)})]}),r("fieldset",{children:[r("legend",{children:"Events"}),Object.keys(rn).filter(h=>h!=="TEST").map(h=>r(Ze,{label:rn[h],checked:c.includes(h),onChange:y=>p(y?[...c,h]:c.filter(w=>w!==h))},h))]}),r(Ze,{label:"Add machine keys beside server (older receivers)",checked:m,onChange:g}),r("div",{class:"actions",children:r("button",{type:"submit",class:"primary",disabled:b.busy,children:"Add webhook"})}),r(Oe,{state:b})]})}function Kl(){let{data:e,error:t,refetch:n}=ut(qs,{},{admin:!0}),[o,i]=C(null);rt(()=>i(null),[e]);let s=o??e?.notificationSettings;return t&&!s?r("p",{class:"error",children:["Could not read the notification settings: ",t.message]}):s?r(ve,{children:[r("section",{"aria-labelledby":"notifications-channels",children:[r("h2",{id:"notifications-channels",children:"Channels"}),r("p",{class:"muted",children:"Secrets are write-only: the page only says whether one is stored."}),r("div",{class:"channels",children:[r(Il,{settings:s,onSaved:i}),r(Ll,{settings:s,onSaved:i}),r(Ol,{settings:s,onSaved:i}),r(Fl,{settings:s,onSaved:i})]})]}),r("section",{"aria-labelledby":"notifications-test",children:[r("h2",{id:"notifications-test",children:"Test"}),r(Vl,{})]}),r("section",{"aria-labelledby":"notifications-webhooks",children:[r("h2",{id:"notifications-webhooks",children:"Webhooks"}),r(zl,{webhooks:s.webhooks,onChange:n})]}),r("section",{"aria-labelledby":"notifications-options",children:[r("h2",{id:"notifications-options",children:"Options"}),r(Yd,{settings:s,onSaved:i})]}),r("section",{"aria-labelledby":"notifications-templates",children:[r("h2",{id:"notifications-templates",children:"Templates"}),r("p",{class:"muted",children:["Language: ",s.templateLanguage,". Preview renders the text as edited, before it is saved."]}),r(Bl,{templates:s.templates,onChange:n})]}),r("section",{"aria-labelledby":"notifications-deliveries",children:[r("h2",{id:"notifications-deliveries",children:"Deliveries"}),r(Rl,{})]})]}):r("p",{"aria-busy":"true",children:"Loading notification settings…"})}function Yd({settings:e,onSaved:t}){let[n,o]=C(e.notifyNewServer),[i,s]=C(String(e.overdueDigestThreshold)),u=Le();return r("form",{class:"card",onSubmit:c=>{c.preventDefault(),u.run(async()=>{let p={notifyNewServer:n,overdueDigestThreshold:Number(i)},m=he((await se(Qs,{input:p},{admin:!0})).setNotificationOptions,"NotificationSettings");return t(m),m},()=>"Options saved.")},children:[r(Ze,{label:"Notify the first report of a new server",checked:n,onChange:o}),r(Ce,{id:"overdue-digest",label:"Overdue notifications in one check before they become one digest",type:"number",required:!0,value:i,onInput:s}),r("div",{class:"actions",children:r("button",{type:"submit",class:"primary",disabled:u.busy,children:"Save options"})}),r(Oe,{state:u})]})}var Gi={admin:!0},Zd=[0,5,15,30,60,120,240,360,720,1440],Xd=["ONETIME","EVERY_DAY","EVERY_WEEK","EVERY_MONTH"];function ql({section:e}){We(Qt);let t=ur("admin")!==null,{data:n,error:o,refetch:i}=ut(Rs,{},{admin:!0,skip:!t||e!=="general"});return t?r(ve,{children:[r("h1",{children:"Admin"}),r("p",{children:r("button",{type:"button",onClick:()=>hl("admin"),children:"Forget the admin token"})}),o&&r(ve,{children:[r("p",{class:"error",role:"alert",children:o.message}),r(In,{kind:"admin"})]}),r("nav",{class:"tabs","aria-label":"Admin sections",children:[r("a",{href:Ye.admin("general"),"aria-current":e==="general"?"page":void 0,children:"Servers and monitoring"}),r("a",{href:Ye.admin("notifications"),"aria-current":e==="notifications"?"page":void 0,children:"Notifications"})]}),e==="notifications"?r(Kl,{}):n&&r(ep,{data:n,refetch:i})]}):r(ve,{children:[r("h1",{children:"Admin"}),r(In,{kind:"admin"})]})}function ep({data:e,refetch:t}){return r(ve,{children:[r("section",{"aria-labelledby":"admin-monitoring",children:[r("h2",{id:"admin-monitoring",children:"Monitoring settings"}),r(tp,{settings:e.monitoringSettings,onChange:t})]}),r("section",{"aria-labelledby":"admin-servers",children:[r("h2",{id:"admin-servers",children:"Servers and job schedules"}),e.servers.nodes.length===0&&r("p",{class:"muted",children:"No servers."}),e.servers.nodes.map(n=>r(Cl,{server:n,onChange:t},n.id))]}),r("section",{"aria-labelledby":"admin-duplicates",children:[r("h2",{id:"admin-duplicates",children:"Duplicate servers"}),r(Pl,{groups:e.duplicateServers,onChange:t})]}),r("section",{"aria-labelledby":"admin-prune",children:[r("h2",{id:"admin-prune",children:"Prune old runs"}),r(np,{onChange:t})]}),r("section",{"aria-labelledby":"admin-usage",children:[r("h2",{id:"admin-usage",children:"Deprecated fields still in use"}),r(rp,{usage:e.deprecatedFieldUsage})]})]})}function tp({settings:e,onChange:t}){let[n,o]=C(e.defaultToleranceMilliseconds/6e4),[i,s]=C(e.reminderFrequency),u=Le(t),c=Le(t);return r("form",{class:"card",onSubmit:p=>{p.preventDefault(),u.run(async()=>he((await se(Vs,{input:{defaultToleranceMilliseconds:n*6e4,reminderFrequency:i}},Gi)).setMonitoringSettings,"SetMonitoringSettingsPayload"),()=>"Settings saved.")},children:[r("div",{class:"field",children:[r("label",{for:"default-tolerance",children:"Default tolerance"}),r("select",{id:"default-tolerance",value:n,onChange:p=>o(Number(p.currentTarget.value)),children:Zd.map(p=>r("option",{value:p,children:[p," min"]},p))})]}),r("div",{class:"field",children:[r("label",{for:"reminder-frequency",children:"Overdue reminders"}),r("select",{id:"reminder-frequency",value:i,onChange:p=>s(p.currentTarget.value),children:Xd.map(p=>r("option",{value:p,children:p.toLowerCase().replace("_"," ")},p))})]}),r("div",{class:"actions",children:[r("button",{type:"submit",class:"primary",disabled:u.busy,children:"Save settings"}),r("button",{type:"button",disabled:c.busy,onClick:()=>{c.run(async()=>he((await se(Us,{},Gi)).runOverdueCheck,"RunOverdueCheckPayload"),p=>p.check.message)},children:"Run the overdue check now"})]}),r(Oe,{state:u}),r(Oe,{state:c})]})}function np({onChange:e}){let[t,n]=C(""),o=Le(e);return r("form",{class:"card",onSubmit:i=>{i.preventDefault(),!(!t||!confirm(`Delete every run that ended before ${t}?`))&&o.run(async()=>he((await se(Bs,{olderThan:new Date(`${t}T00:00:00Z`).toISOString()},Gi)).pruneBackups,"PruneBackupsPayload"),s=>`Deleted ${s.deleted.runs} runs of ${s.deleted.jobsAffected} jobs.`)},children:[r("div",{class:"field",children:[r("label",{for:"prune-before",children:"Delete runs that ended before (UTC date)"}),r("input",{id:"prune-before",type:"date",required:!0,value:t,onInput:i=>n(i.currentTarget.value)})]}),r("button",{type:"submit",class:"danger",disabled:o.busy,children:"Prune"}),r(Oe,{state:o})]})}function rp({usage:e}){return e.length===0?r("p",{class:"muted",children:"No client has used a deprecated field since the server started."}):r("div",{class:"table-scroll",children:r("table",{children:[r("caption",{class:"visually-hidden",children:"Deprecated fields by client"}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Client"}),r("th",{scope:"col",children:"Field"}),r("th",{scope:"col",children:"Uses"}),r("th",{scope:"col",children:"Last used"})]})}),r("tbody",{children:e.map(t=>r("tr",{children:[r("td",{children:[t.client,t.clientVersion&&` ${t.clientVersion}`]}),r("td",{children:r("code",{children:t.coordinate})}),r("td",{children:t.count}),r("td",{children:Ee(t.lastSeenAt)})]},`${t.client}|${t.clientVersion}|${t.coordinate}`))})]})})}var op={OVERDUE:"Overdue",BACKUP_FAILED:"Backup failed",BACKUP_WARNING:"Backup warning"};function Ro({alerts:e,onChange:t}){let[n,o]=C(null),[i,s]=C(!1),[u,c]=C(null);async function p(m){o(null),c(m);try{he((await se(Ms,{id:m},{admin:!0})).acknowledgeAlert,"AcknowledgeAlertPayload"),s(!1),t()}catch(g){o(`Not acknowledged: ${g.message}`),g instanceof cr&&s(!0)}finally{c(null)}}return e.length===0?r("p",{class:"muted",children:"No alerts."}):r("div",{children:[n&&r("p",{class:"error",role:"alert",children:n}),i&&r(In,{kind:"admin",onCancel:()=>s(!1),onSaved:()=>s(!1)}),r("ul",{class:"alerts",children:e.map(m=>r("li",{class:`alert-item ${m.active?"open":"closed"}`,"data-alert-id":m.id,children:[r("div",{children:[r("strong",{children:op[m.kind]}),m.job&&r("span",{children:[" · ",m.job.backupName]})," · ",r("span",{children:m.active?"open":"resolved"}),m.acknowledgedAt&&r("span",{class:"ack",children:[" · acknowledged ",Ee(m.acknowledgedAt)]})]}),r("div",{class:"muted",children:[m.message," — raised ",Ee(m.raisedAt),m.reminderCount>0&&`, ${m.reminderCount} reminder(s)`,m.resolvedAt&&`, resolved ${Ee(m.resolvedAt)}`]}),m.active&&!m.acknowledgedAt&&r("button",{type:"button",disabled:u===m.id,onClick:()=>p(m.id),children:"Acknowledge"})]},m.id))})]})}function Mo({status:e}){let t=e??"NONE";return r("span",{class:`badge status-${t.toLowerCase()}`,children:Wr[t]})}function Io({since:e}){return r("span",{class:"badge overdue",title:e?`Overdue since ${new Date(e).toLocaleString()}`:"Overdue",children:"Overdue"})}var ip="uplot",ap="u-hz",sp="u-vt",lp="u-title",up="u-wrap",cp="u-under",dp="u-over",pp="u-axis",$n="u-off",fp="u-select",mp="u-cursor-x",gp="u-cursor-y",hp="u-cursor-pt",bp="u-legend",yp="u-live",vp="u-inline",_p="u-series",Sp="u-marker",Jl="u-label",wp="u-value",Jr="width",Gr="height";var Gl="bottom",gr="left",ji="right",da="#000",jl=da+"0",Hi="mousemove",Hl="mousedown",Qi="mouseup",Ql="mouseenter",Yl="mouseleave",Zl="dblclick",kp="resize",xp="scroll",Xl="change",Bo="dppxchange",pa="--",wr=typeof window<"u",ta=wr?document:null,br=wr?window:null,Ap=wr?navigator:null,ge,Lo;function na(){let e=devicePixelRatio;ge!=e&&(ge=e,Lo&&oa(Xl,Lo,na),Lo=matchMedia(`(min-resolution: ${ge-.001}dppx) and (max-resolution: ${ge+.001}dppx)`),Bn(Xl,Lo,na),br.dispatchEvent(new CustomEvent(Bo)))}function wt(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function ra(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function De(e,t,n){e.style[t]=n+"px"}function Vt(e,t,n,o){let i=ta.createElement(e);return t!=null&&wt(i,t),n?.insertBefore(i,o),i}function It(e,t){return Vt("div",e,t)}var eu=new WeakMap;function Xt(e,t,n,o,i){let s="translate("+t+"px,"+n+"px)",u=eu.get(e);s!=u&&(e.style.transform=s,eu.set(e,s),t<0||n<0||t>o||n>i?wt(e,$n):ra(e,$n))}var tu=new WeakMap;function nu(e,t,n){let o=t+n,i=tu.get(e);o!=i&&(tu.set(e,o),e.style.background=t,e.style.borderColor=n)}var ru=new WeakMap;function ou(e,t,n,o){let i=t+""+n,s=ru.get(e);i!=s&&(ru.set(e,i),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=o?-t/2+"px":0,e.style.marginTop=o?-n/2+"px":0)}var fa={passive:!0},Tp={...fa,capture:!0};function Bn(e,t,n,o){t.addEventListener(e,n,o?Tp:fa)}function oa(e,t,n,o){t.removeEventListener(e,n,fa)}wr&&na();function Ut(e,t,n,o){let i;n=n||0,o=o||t.length-1;let s=o<=2147483647;for(;o-n>1;)i=s?n+o>>1:kt((n+o)/2),t[i]<e?n=i:o=i;return e-t[n]<=t[o]-e?n:o}function Ru(e){return(n,o,i)=>{let s=-1,u=-1;for(let c=o;c<=i;c++)if(e(n[c])){s=c;break}for(let c=i;c>=o;c--)if(e(n[c])){u=c;break}return[s,u]}}var Mu=e=>e!=null,Iu=e=>e!=null&&e>0,Wo=Ru(Mu),Np=Ru(Iu);function Ep(e,t,n,o=0,i=!1){let s=i?Np:Wo,u=i?Iu:Mu;[t,n]=s(e,t,n);let c=e[t],p=e[t];if(t>-1)if(o==1)c=e[t],p=e[n];else if(o==-1)c=e[n],p=e[t];else for(let m=t;m<=n;m++){let g=e[m];u(g)&&(g<c?c=g:g>p&&(p=g))}return[c??Se,p??-Se]}function zo(e,t,n,o){let i=su(e),s=su(t);e==t&&(i==-1?(e*=n,t/=n):(e/=n,t*=n));let u=n==10?an:Lu,c=i==1?kt:Lt,p=s==1?Lt:kt,m=c(u(Ke(e))),g=p(u(Ke(t))),b=yr(n,m),h=yr(n,g);return n==10&&(m<0&&(b=we(b,-m)),g<0&&(h=we(h,-g))),o||n==2?(e=b*i,t=h*s):(e=Bu(e,b),t=Ko(t,h)),[e,t]}function ma(e,t,n,o){let i=zo(e,t,n,o);return e==0&&(i[0]=0),t==0&&(i[1]=0),i}var ga=.1,iu={mode:3,pad:ga},Hr={pad:0,soft:null,mode:0},Cp={min:Hr,max:Hr};function Vo(e,t,n,o){return qo(n)?au(e,t,n):(Hr.pad=n,Hr.soft=o?0:null,Hr.mode=o?3:0,au(e,t,Cp))}function fe(e,t){return e??t}function Dp(e,t,n){for(t=fe(t,0),n=fe(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function au(e,t,n){let o=n.min,i=n.max,s=fe(o.pad,0),u=fe(i.pad,0),c=fe(o.hard,-Se),p=fe(i.hard,Se),m=fe(o.soft,Se),g=fe(i.soft,-Se),b=fe(o.mode,0),h=fe(i.mode,0),y=t-e,w=an(y),x=ct(Ke(e),Ke(t)),D=an(x),E=Ke(D-w);(y<1e-24||E>10)&&(y=0,(e==0||t==0)&&(y=1e-24,b==2&&m!=Se&&(s=0),h==2&&g!=-Se&&(u=0)));let S=y||x||1e3,T=an(S),A=yr(10,kt(T)),j=S*(y==0?e==0?.1:1:s),O=we(Bu(e-j,A/10),24),Q=e>=m&&(b==1||b==3&&O<=m||b==2&&O>=m)?m:Se,q=ct(c,O<Q&&e>=Q?Q:Wt(Q,O)),Z=S*(y==0?t==0?.1:1:u),J=we(Ko(t+Z,A/10),24),P=t<=g&&(h==1||h==3&&J>=g||h==2&&J<=g)?g:-Se,H=Wt(p,J>P&&t<=P?P:ct(P,J));return q==H&&q==0&&(H=100),[q,H]}var Pp=new Intl.NumberFormat(wr?Ap.language:"en-US"),ha=e=>Pp.format(e),xt=Math,$o=xt.PI,Ke=xt.abs,kt=xt.floor,ze=xt.round,Lt=xt.ceil,Wt=xt.min,ct=xt.max,yr=xt.pow,su=xt.sign,an=xt.log10,Lu=xt.log2,Rp=(e,t=1)=>xt.sinh(e)*t,Yi=(e,t=1)=>xt.asinh(e/t),Se=1/0;function lu(e){return(an((e^e>>31)-(e>>31))|0)+1}function ia(e,t,n){return Wt(ct(e,t),n)}function Ou(e){return typeof e=="function"}function le(e){return Ou(e)?e:()=>e}var Mp=()=>{},Fu=e=>e,$u=(e,t)=>t,Ip=e=>null,uu=e=>!0,cu=(e,t)=>e==t,Lp=/\.\d*?(?=9{6,}|0{6,})/gm,Vn=e=>{if(Uu(e)||yn.has(e))return e;let t=`${e}`,n=t.match(Lp);if(n==null)return e;let o=n[0].length-1;if(t.indexOf("e-")!=-1){let[i,s]=t.split("e");return+`${Vn(i)}e${s}`}return we(e,o)};function On(e,t){return Vn(we(Vn(e/t))*t)}function Ko(e,t){return Vn(Lt(Vn(e/t))*t)}function Bu(e,t){return Vn(kt(Vn(e/t))*t)}function we(e,t=0){if(Uu(e))return e;let n=10**t,o=e*n*(1+Number.EPSILON);return ze(o)/n}var yn=new Map;function Vu(e){return((""+e).split(".")[1]||"").length}function Yr(e,t,n,o){let i=[],s=o.map(Vu);for(let u=t;u<n;u++){let c=Ke(u),p=we(yr(e,u),c);for(let m=0;m<o.length;m++){let g=e==10?+`${o[m]}e${u}`:o[m]*p,b=(u>=0?0:c)+(u>=s[m]?0:s[m]),h=e==10?g:we(g,b);i.push(h),yn.set(h,b)}}return i}var Qr={},ba=[],vr=[null,null],bn=Array.isArray,Uu=Number.isInteger,Op=e=>e===void 0;function du(e){return typeof e=="string"}function qo(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function Fp(e){return e!=null&&typeof e=="object"}var $p=Object.getPrototypeOf(Uint8Array),Wu="__proto__";function _r(e,t=qo){let n;if(bn(e)){let o=e.find(i=>i!=null);if(bn(o)||t(o)){n=Array(e.length);for(let i=0;i<e.length;i++)n[i]=_r(e[i],t)}else n=e.slice()}else if(e instanceof $p)n=e.slice();else if(t(e)){n={};for(let o in e)o!=Wu&&(n[o]=_r(e[o],t))}else n=e;return n}function Be(e){let t=arguments;for(let n=1;n<t.length;n++){let o=t[n];for(let i in o)i!=Wu&&(qo(e[i])?Be(e[i],_r(o[i])):e[i]=_r(o[i]))}return e}var Bp=0,Vp=1,Up=2;function Wp(e,t,n){for(let o=0,i,s=-1;o<t.length;o++){let u=t[o];if(u>s){for(i=u-1;i>=0&&e[i]==null;)e[i--]=null;for(i=u+1;i<n&&e[i]==null;)e[s=i++]=null}}}function zp(e,t){if(Jp(e)){let u=e[0].slice();for(let c=1;c<e.length;c++)u.push(...e[c].slice(1));return Gp(u[0])||(u=qp(u)),u}let n=new Set;for(let u=0;u<e.length;u++){let p=e[u][0],m=p.length;for(let g=0;g<m;g++)n.add(p[g])}let o=[Array.from(n).sort((u,c)=>u-c)],i=o[0].length,s=new Map;for(let u=0;u<i;u++)s.set(o[0][u],u);for(let u=0;u<e.length;u++){let c=e[u],p=c[0];for(let m=1;m<c.length;m++){let g=c[m],b=Array(i).fill(void 0),h=t?t[u][m]:Vp,y=[];for(let w=0;w<g.length;w++){let x=g[w],D=s.get(p[w]);x===null?h!=Bp&&(b[D]=x,h==Up&&y.push(D)):b[D]=x}Wp(b,y,i),o.push(b)}}return o}var Kp=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function qp(e){let t=e[0],n=t.length,o=Array(n);for(let s=0;s<o.length;s++)o[s]=s;o.sort((s,u)=>t[s]-t[u]);let i=[];for(let s=0;s<e.length;s++){let u=e[s],c=Array(n);for(let p=0;p<n;p++)c[p]=u[o[p]];i.push(c)}return i}function Jp(e){let t=e[0][0],n=t.length;for(let o=1;o<e.length;o++){let i=e[o][0];if(i.length!=n)return!1;if(i!=t){for(let s=0;s<n;s++)if(i[s]!=t[s])return!1}}return!0}function Gp(e,t=100){let n=e.length;if(n<=1)return!0;let o=0,i=n-1;for(;o<=i&&e[o]==null;)o++;for(;i>=o&&e[i]==null;)i--;if(i<=o)return!0;let s=ct(1,kt((i-o+1)/t));for(let u=e[o],c=o+s;c<=i;c+=s){let p=e[c];if(p!=null){if(p<=u)return!1;u=p}}return!0}var zu=["January","February","March","April","May","June","July","August","September","October","November","December"],Ku=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function qu(e){return e.slice(0,3)}var jp=Ku.map(qu),Hp=zu.map(qu),Qp={MMMM:zu,MMM:Hp,WWWW:Ku,WWW:jp};function qr(e){return(e<10?"0":"")+e}function Yp(e){return(e<10?"00":e<100?"0":"")+e}var Zp={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>qr(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>qr(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>qr(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>qr(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>qr(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Yp(e.getMilliseconds())};function ya(e,t){t=t||Qp;let n=[],o=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=o.exec(e);)n.push(i[0][0]=="{"?Zp[i[1]]:i[0]);return s=>{let u="";for(let c=0;c<n.length;c++)u+=typeof n[c]=="string"?n[c]:n[c](s,t);return u}}var Xp=new Intl.DateTimeFormat().resolvedOptions().timeZone;function ef(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Xp?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Ju=e=>e%1==0,Uo=[1,2,2.5,5],tf=Yr(10,-32,0,Uo),Gu=Yr(10,0,32,Uo),nf=Gu.filter(Ju),Fn=tf.concat(Gu),va=`
`,ju="{YYYY}",pu=va+ju,Hu="{M}/{D}",jr=va+Hu,Oo=jr+"/{YY}",Qu="{aa}",rf="{h}:{mm}",hr=rf+Qu,fu=va+hr,mu=":{ss}",be=null;function Yu(e){let t=e*1e3,n=t*60,o=n*60,i=o*24,s=i*30,u=i*365,p=(e==1?Yr(10,0,3,Uo).filter(Ju):Yr(10,-3,0,Uo)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,o,o*2,o*3,o*4,o*6,o*8,o*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,s,s*2,s*3,s*4,s*6,u,u*2,u*5,u*10,u*25,u*50,u*100]),m=[[u,ju,be,be,be,be,be,be,1],[i*28,"{MMM}",pu,be,be,be,be,be,1],[i,Hu,pu,be,be,be,be,be,1],[o,"{h}"+Qu,Oo,be,jr,be,be,be,1],[n,hr,Oo,be,jr,be,be,be,1],[t,mu,Oo+" "+hr,be,jr+" "+hr,be,fu,be,1],[e,mu+".{fff}",Oo+" "+hr,be,jr+" "+hr,be,fu,be,1]];function g(b){return(h,y,w,x,D,E)=>{let S=[],T=D>=u,A=D>=s&&D<u,j=b(w),O=we(j*e,3),Q=Zi(j.getFullYear(),T?0:j.getMonth(),A||T?1:j.getDate()),q=we(Q*e,3);if(A||T){let Z=A?D/s:0,J=T?D/u:0,P=O==q?O:we(Zi(Q.getFullYear()+J,Q.getMonth()+Z,1)*e,3),H=new Date(ze(P/e)),$=H.getFullYear(),I=H.getMonth();for(let L=0;P<=x;L++){let F=Zi($+J*L,I+Z*L,1),M=F-b(we(F*e,3));P=we((+F+M)*e,3),P<=x&&S.push(P)}}else{let Z=D>=i?i:D,J=kt(w)-kt(O),P=q+J+Ko(O-q,Z);S.push(P);let H=b(P),$=H.getHours()+H.getMinutes()/n+H.getSeconds()/o,I=D/o,L=h.axes[y]._space,F=E/L;for(;P=we(P+D,e==1?0:3),!(P>x);)if(I>1){let M=kt(we($+I,6))%24,z=b(P).getHours()-M;z>1&&(z=-1),P-=z*o,$=($+I)%24;let ie=S[S.length-1];we((P-ie)/D,3)*F>=.7&&S.push(P)}else S.push(P)}return S}}return[p,m,g]}var[of,af,sf]=Yu(1),[lf,uf,cf]=Yu(.001);Yr(2,-53,53,[1]);function gu(e,t){return e.map(n=>n.map((o,i)=>i==0||i==8||o==null?o:t(i==1||n[8]==0?o:n[1]+o)))}function hu(e,t){return(n,o,i,s,u)=>{let c=t.find(w=>u>=w[0])||t[t.length-1],p,m,g,b,h,y;return o.map(w=>{let x=e(w),D=x.getFullYear(),E=x.getMonth(),S=x.getDate(),T=x.getHours(),A=x.getMinutes(),j=x.getSeconds(),O=D!=p&&c[2]||E!=m&&c[3]||S!=g&&c[4]||T!=b&&c[5]||A!=h&&c[6]||j!=y&&c[7]||c[1];return p=D,m=E,g=S,b=T,h=A,y=j,O(x)})}}function df(e,t){let n=ya(t);return(o,i,s,u,c)=>i.map(p=>n(e(p)))}function Zi(e,t,n){return new Date(e,t,n)}function bu(e,t){return t(e)}var pf="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function yu(e,t){return(n,o,i,s)=>s==null?pa:t(e(o))}function ff(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function mf(e,t){return e.series[t].fill(e,t)}var gf={show:!0,live:!0,isolate:!1,mount:Mp,markers:{show:!0,width:2,stroke:ff,fill:mf,dash:"solid"},idx:null,idxs:null,values:[]};function hf(e,t){let n=e.cursor.points,o=It(),i=n.size(e,t);De(o,Jr,i),De(o,Gr,i);let s=i/-2;De(o,"marginLeft",s),De(o,"marginTop",s);let u=n.width(e,t,i);return u&&De(o,"borderWidth",u),o}function bf(e,t){let n=e.series[t].points;return n._fill||n._stroke}function yf(e,t){let n=e.series[t].points;return n._stroke||n._fill}function vf(e,t){return e.series[t].points.size}var Xi=[0,0];function _f(e,t,n){return Xi[0]=t,Xi[1]=n,Xi}function Fo(e,t,n,o=!0){return i=>{i.button==0&&(!o||i.target==t)&&n(i)}}function ea(e,t,n,o=!0){return i=>{(!o||i.target==t)&&n(i)}}var Sf={show:!0,x:!0,y:!0,lock:!1,move:_f,points:{one:!1,show:hf,size:vf,width:0,stroke:yf,fill:bf},bind:{mousedown:Fo,mouseup:Fo,click:Fo,dblclick:Fo,mousemove:ea,mouseleave:ea,mouseenter:ea},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,o,i)=>o-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Zu={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},_a=Be({},Zu,{filter:$u}),Xu=Be({},_a,{size:10}),ec=Be({},Zu,{show:!1}),Sa='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',tc="bold "+Sa,nc=1.5,vu={show:!0,scale:"x",stroke:da,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:tc,side:2,grid:_a,ticks:Xu,border:ec,font:Sa,lineGap:nc,rotate:0},wf="Value",kf="Time",_u={show:!0,scale:"x",auto:!1,sorted:1,min:Se,max:-Se,idxs:[]};function xf(e,t,n,o,i){return t.map(s=>s==null?"":ha(s))}function Af(e,t,n,o,i,s,u){let c=[],p=yn.get(i)||0;n=u?n:we(Ko(n,i),p);for(let m=n;m<=o;m=we(m+i,p))c.push(Object.is(m,-0)?0:m);return c}function aa(e,t,n,o,i,s,u){let c=[],p=e.scales[e.axes[t].scale].log,m=p==10?an:Lu,g=kt(m(n));i=yr(p,g),p==10&&(i=Fn[Ut(i,Fn)]);let b=n,h=i*p;p==10&&(h=Fn[Ut(h,Fn)]);do c.push(b),b=b+i,p==10&&!yn.has(b)&&(b=we(b,yn.get(i))),b>=h&&(i=b,h=i*p,p==10&&(h=Fn[Ut(h,Fn)]));while(b<=o);return c}function Tf(e,t,n,o,i,s,u){let p=e.scales[e.axes[t].scale].asinh,m=o>p?aa(e,t,ct(p,n),o,i):[p],g=o>=0&&n<=0?[0]:[];return(n<-p?aa(e,t,ct(p,-o),-n,i):[p]).reverse().map(h=>-h).concat(g,m)}var rc=/./,Nf=/[12357]/,Ef=/[125]/,Su=/1/,sa=(e,t,n,o)=>e.map((i,s)=>t==4&&i==0||s%o==0&&n.test(i.toExponential()[i<0?1:0])?i:null);function Cf(e,t,n,o,i){let s=e.axes[n],u=s.scale,c=e.scales[u],p=e.valToPos,m=s._space,g=p(10,u),b=p(9,u)-g>=m?rc:p(7,u)-g>=m?Nf:p(5,u)-g>=m?Ef:Su;if(b==Su){let h=Ke(p(1,u)-g);if(h<m)return sa(t.slice().reverse(),c.distr,b,Lt(m/h)).reverse()}return sa(t,c.distr,b,1)}function Df(e,t,n,o,i){let s=e.axes[n],u=s.scale,c=s._space,p=e.valToPos,m=Ke(p(1,u)-p(2,u));return m<c?sa(t.slice().reverse(),3,rc,Lt(c/m)).reverse():t}function Pf(e,t,n,o){return o==null?pa:t==null?"":ha(t)}var wu={show:!0,scale:"y",stroke:da,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:tc,side:3,grid:_a,ticks:Xu,border:ec,font:Sa,lineGap:nc,rotate:0};function Rf(e,t){let n=3+(e||1)*2;return we(n*t,3)}function Mf(e,t){let{scale:n,idxs:o}=e.series[0],i=e._data[0],s=e.valToPos(i[o[0]],n,!0),u=e.valToPos(i[o[1]],n,!0),c=Ke(u-s),p=e.series[t],m=c/(p.points.space*ge);return o[1]-o[0]<=m}var ku={scale:null,auto:!0,sorted:0,min:Se,max:-Se},oc=(e,t,n,o,i)=>i,xu={show:!0,auto:!0,sorted:0,gaps:oc,alpha:1,facets:[Be({},ku,{scale:"x"}),Be({},ku,{scale:"y"})]},Au={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:oc,alpha:1,points:{show:Mf,filter:null},values:null,min:Se,max:-Se,idxs:[],path:null,clip:null};function If(e,t,n,o,i){return n/10}var ic={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Lf=Be({},ic,{time:!1,ori:1}),Tu={};function ac(e,t){let n=Tu[e];return n||(n={key:e,plots:[],sub(o){n.plots.push(o)},unsub(o){n.plots=n.plots.filter(i=>i!=o)},pub(o,i,s,u,c,p,m){for(let g=0;g<n.plots.length;g++)n.plots[g]!=i&&n.plots[g].pub(o,i,s,u,c,p,m)}},e!=null&&(Tu[e]=n)),n}var Sr=1,la=2;function Un(e,t,n){let o=e.mode,i=e.series[t],s=o==2?e._data[t]:e._data,u=e.scales,c=e.bbox,p=s[0],m=o==2?s[1]:s[t],g=o==2?u[i.facets[0].scale]:u[e.series[0].scale],b=o==2?u[i.facets[1].scale]:u[i.scale],h=c.left,y=c.top,w=c.width,x=c.height,D=e.valToPosH,E=e.valToPosV;return g.ori==0?n(i,p,m,g,b,D,E,h,y,w,x,Go,kr,Ho,lc,cc):n(i,p,m,g,b,E,D,y,h,x,w,jo,xr,xa,uc,dc)}function wa(e,t){let n=0,o=0,i=fe(e.bands,ba);for(let s=0;s<i.length;s++){let u=i[s];u.series[0]==t?n=u.dir:u.series[1]==t&&(u.dir==1?o|=1:o|=2)}return[n,o==1?-1:o==2?1:o==3?2:0]}function Of(e,t,n,o,i){let s=e.mode,u=e.series[t],c=s==2?u.facets[1].scale:u.scale,p=e.scales[c];return i==-1?p.min:i==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function sn(e,t,n,o,i,s){return Un(e,t,(u,c,p,m,g,b,h,y,w,x,D)=>{let E=u.pxRound,S=m.dir*(m.ori==0?1:-1),T=m.ori==0?kr:xr,A,j;S==1?(A=n,j=o):(A=o,j=n);let O=E(b(c[A],m,x,y)),Q=E(h(p[A],g,D,w)),q=E(b(c[j],m,x,y)),Z=E(h(s==1?g.max:g.min,g,D,w)),J=new Path2D(i);return T(J,q,Z),T(J,O,Z),T(J,O,Q),J})}function Jo(e,t,n,o,i,s){let u=null;if(e.length>0){u=new Path2D;let c=t==0?Ho:xa,p=n;for(let b=0;b<e.length;b++){let h=e[b];if(h[1]>h[0]){let y=h[0]-p;y>0&&c(u,p,o,y,o+s),p=h[1]}}let m=n+i-p,g=10;m>0&&c(u,p,o-g/2,m,o+s+g)}return u}function Ff(e,t,n){let o=e[e.length-1];o&&o[0]==t?o[1]=n:e.push([t,n])}function ka(e,t,n,o,i,s,u){let c=[],p=e.length;for(let m=i==1?n:o;m>=n&&m<=o;m+=i)if(t[m]===null){let b=m,h=m;if(i==1)for(;++m<=o&&t[m]===null;)h=m;else for(;--m>=n&&t[m]===null;)h=m;let y=s(e[b]),w=h==b?y:s(e[h]),x=b-i;y=u<=0&&x>=0&&x<p?s(e[x]):y;let E=h+i;w=u>=0&&E>=0&&E<p?s(e[E]):w,w>=y&&c.push([y,w])}return c}function Nu(e){return e==0?Fu:e==1?ze:t=>On(t,e)}function sc(e){let t=e==0?Go:jo,n=e==0?(i,s,u,c,p,m)=>{i.arcTo(s,u,c,p,m)}:(i,s,u,c,p,m)=>{i.arcTo(u,s,p,c,m)},o=e==0?(i,s,u,c,p)=>{i.rect(s,u,c,p)}:(i,s,u,c,p)=>{i.rect(u,s,p,c)};return(i,s,u,c,p,m=0,g=0)=>{m==0&&g==0?o(i,s,u,c,p):(m=Wt(m,c/2,p/2),g=Wt(g,c/2,p/2),t(i,s+m,u),n(i,s+c,u,s+c,u+p,m),n(i,s+c,u+p,s,u+p,g),n(i,s,u+p,s,u,g),n(i,s,u,s+c,u,m),i.closePath())}}var Go=(e,t,n)=>{e.moveTo(t,n)},jo=(e,t,n)=>{e.moveTo(n,t)},kr=(e,t,n)=>{e.lineTo(t,n)},xr=(e,t,n)=>{e.lineTo(n,t)},Ho=sc(0),xa=sc(1),lc=(e,t,n,o,i,s)=>{e.arc(t,n,o,i,s)},uc=(e,t,n,o,i,s)=>{e.arc(n,t,o,i,s)},cc=(e,t,n,o,i,s,u)=>{e.bezierCurveTo(t,n,o,i,s,u)},dc=(e,t,n,o,i,s,u)=>{e.bezierCurveTo(n,t,i,o,u,s)};function pc(e){return(t,n,o,i,s)=>Un(t,n,(u,c,p,m,g,b,h,y,w,x,D)=>{let{pxRound:E,points:S}=u,T,A;m.ori==0?(T=Go,A=lc):(T=jo,A=uc);let j=we(S.width*ge,3),O=(S.size-S.width)/2*ge,Q=we(O*2,3),q=new Path2D,Z=new Path2D,{left:J,top:P,width:H,height:$}=t.bbox;Ho(Z,J-Q,P-Q,H+Q*2,$+Q*2);let I=L=>{if(p[L]!=null){let F=E(b(c[L],m,x,y)),M=E(h(p[L],g,D,w));T(q,F+O,M),A(q,F,M,O,0,$o*2)}};if(s)s.forEach(I);else for(let L=o;L<=i;L++)I(L);return{stroke:j>0?q:null,fill:q,clip:Z,flags:Sr|la}})}function fc(e){return(t,n,o,i,s,u)=>{o!=i&&(s!=o&&u!=o&&e(t,n,o),s!=i&&u!=i&&e(t,n,i),e(t,n,u))}}var $f=fc(kr),Bf=fc(xr);function mc(e){let t=fe(e?.alignGaps,0);return(n,o,i,s)=>Un(n,o,(u,c,p,m,g,b,h,y,w,x,D)=>{[i,s]=Wo(p,i,s);let E=u.pxRound,S=$=>E(b($,m,x,y)),T=$=>E(h($,g,D,w)),A,j;m.ori==0?(A=kr,j=$f):(A=xr,j=Bf);let O=m.dir*(m.ori==0?1:-1),Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Sr},q=Q.stroke,Z=!1;if(s-i>=x*4){let $=K=>n.posToVal(K,m.key,!0),I=null,L=null,F,M,ue,X=S(c[O==1?i:s]),z=S(c[i]),ie=S(c[s]),ee=$(O==1?z+1:ie-1);for(let K=O==1?i:s;K>=i&&K<=s;K+=O){let ke=c[K],re=(O==1?ke<ee:ke>ee)?X:S(ke),ce=p[K];re==X?ce!=null?(M=ce,I==null?(A(q,re,T(M)),F=I=L=M):M<I?I=M:M>L&&(L=M)):ce===null&&(Z=!0):(I!=null&&j(q,X,T(I),T(L),T(F),T(M)),ce!=null?(M=ce,A(q,re,T(M)),I=L=F=M):(I=L=null,ce===null&&(Z=!0)),X=re,ee=$(X+O))}I!=null&&I!=L&&ue!=X&&j(q,X,T(I),T(L),T(F),T(M))}else for(let $=O==1?i:s;$>=i&&$<=s;$+=O){let I=p[$];I===null?Z=!0:I!=null&&A(q,S(c[$]),T(I))}let[P,H]=wa(n,o);if(u.fill!=null||P!=0){let $=Q.fill=new Path2D(q),I=u.fillTo(n,o,u.min,u.max,P),L=T(I),F=S(c[i]),M=S(c[s]);O==-1&&([M,F]=[F,M]),A($,M,L),A($,F,L)}if(!u.spanGaps){let $=[];Z&&$.push(...ka(c,p,i,s,O,S,t)),Q.gaps=$=u.gaps(n,o,i,s,$),Q.clip=Jo($,m.ori,y,w,x,D)}return H!=0&&(Q.band=H==2?[sn(n,o,i,s,q,-1),sn(n,o,i,s,q,1)]:sn(n,o,i,s,q,H)),Q})}function Vf(e){let t=fe(e.align,1),n=fe(e.ascDesc,!1),o=fe(e.alignGaps,0),i=fe(e.extend,!1);return(s,u,c,p)=>Un(s,u,(m,g,b,h,y,w,x,D,E,S,T)=>{[c,p]=Wo(b,c,p);let A=m.pxRound,{left:j,width:O}=s.bbox,Q=z=>A(w(z,h,S,D)),q=z=>A(x(z,y,T,E)),Z=h.ori==0?kr:xr,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Sr},P=J.stroke,H=h.dir*(h.ori==0?1:-1),$=q(b[H==1?c:p]),I=Q(g[H==1?c:p]),L=I,F=I;i&&t==-1&&(F=j,Z(P,F,$)),Z(P,I,$);for(let z=H==1?c:p;z>=c&&z<=p;z+=H){let ie=b[z];if(ie==null)continue;let ee=Q(g[z]),K=q(ie);t==1?Z(P,ee,$):Z(P,L,K),Z(P,ee,K),$=K,L=ee}let M=L;i&&t==1&&(M=j+O,Z(P,M,$));let[ue,X]=wa(s,u);if(m.fill!=null||ue!=0){let z=J.fill=new Path2D(P),ie=m.fillTo(s,u,m.min,m.max,ue),ee=q(ie);Z(z,M,ee),Z(z,F,ee)}if(!m.spanGaps){let z=[];z.push(...ka(g,b,c,p,H,Q,o));let ie=m.width*ge/2,ee=n||t==1?ie:-ie,K=n||t==-1?-ie:ie;z.forEach(ke=>{ke[0]+=ee,ke[1]+=K}),J.gaps=z=m.gaps(s,u,c,p,z),J.clip=Jo(z,h.ori,D,E,S,T)}return X!=0&&(J.band=X==2?[sn(s,u,c,p,P,-1),sn(s,u,c,p,P,1)]:sn(s,u,c,p,P,X)),J})}function Eu(e,t,n,o,i,s,u=Se){if(e.length>1){let c=null;for(let p=0,m=1/0;p<e.length;p++)if(t[p]!==void 0){if(c!=null){let g=Ke(e[p]-e[c]);g<m&&(m=g,u=Ke(n(e[p],o,i,s)-n(e[c],o,i,s)))}c=p}}return u}function Uf(e){e=e||Qr;let t=fe(e.size,[.6,Se,1]),n=e.align||0,o=e.gap||0,i=e.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;let s=le(i),u=1-t[0],c=fe(t[1],Se),p=fe(t[2],1),m=fe(e.disp,Qr),g=fe(e.each,y=>{}),{fill:b,stroke:h}=m;return(y,w,x,D)=>Un(y,w,(E,S,T,A,j,O,Q,q,Z,J,P)=>{let H=E.pxRound,$=n,I=o*ge,L=c*ge,F=p*ge,M,ue;A.ori==0?[M,ue]=s(y,w):[ue,M]=s(y,w);let X=A.dir*(A.ori==0?1:-1),z=A.ori==0?Ho:xa,ie=A.ori==0?g:(U,xe,Ve,qn,wn,Kt,kn)=>{g(U,xe,Ve,wn,qn,kn,Kt)},ee=fe(y.bands,ba).find(U=>U.series[0]==w),K=ee!=null?ee.dir:0,ke=E.fillTo(y,w,E.min,E.max,K),de=H(Q(ke,j,P,Z)),re,ce,At,ot=J,Re=H(E.width*ge),zt=!1,en=null,Tt=null,ln=null,Wn=null;b!=null&&(Re==0||h!=null)&&(zt=!0,en=b.values(y,w,x,D),Tt=new Map,new Set(en).forEach(U=>{U!=null&&Tt.set(U,new Path2D)}),Re>0&&(ln=h.values(y,w,x,D),Wn=new Map,new Set(ln).forEach(U=>{U!=null&&Wn.set(U,new Path2D)})));let{x0:zn,size:Nr}=m;if(zn!=null&&Nr!=null){$=1,S=zn.values(y,w,x,D),zn.unit==2&&(S=S.map(Ve=>y.posToVal(q+Ve*J,A.key,!0)));let U=Nr.values(y,w,x,D);Nr.unit==2?ce=U[0]*J:ce=O(U[0],A,J,q)-O(0,A,J,q),ot=Eu(S,T,O,A,J,q,ot),At=ot-ce+I}else ot=Eu(S,T,O,A,J,q,ot),At=ot*u+I,ce=ot-At;At<1&&(At=0),Re>=ce/2&&(Re=0),At<5&&(H=Fu);let eo=At>0,_n=ot-At-(eo?Re:0);ce=H(ia(_n,F,L)),re=($==0?ce/2:$==X?0:ce)-$*X*(($==0?I/2:0)+(eo?Re/2:0));let it={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Kn=zt?null:new Path2D,tn=null;if(ee!=null)tn=y.data[ee.series[1]];else{let{y0:U,y1:xe}=m;U!=null&&xe!=null&&(T=xe.values(y,w,x,D),tn=U.values(y,w,x,D))}let Sn=M*ce,oe=ue*ce;for(let U=X==1?x:D;U>=x&&U<=D;U+=X){let xe=T[U];if(xe==null)continue;if(tn!=null){let dt=tn[U]??0;if(xe-dt==0)continue;de=Q(dt,j,P,Z)}let Ve=A.distr!=2||m!=null?S[U]:U,qn=O(Ve,A,J,q),wn=Q(fe(xe,ke),j,P,Z),Kt=H(qn-re),kn=H(ct(wn,de)),mt=H(Wt(wn,de)),Nt=kn-mt;if(xe!=null){let dt=xe<0?oe:Sn,Ot=xe<0?Sn:oe;zt?(Re>0&&ln[U]!=null&&z(Wn.get(ln[U]),Kt,mt+kt(Re/2),ce,ct(0,Nt-Re),dt,Ot),en[U]!=null&&z(Tt.get(en[U]),Kt,mt+kt(Re/2),ce,ct(0,Nt-Re),dt,Ot)):z(Kn,Kt,mt+kt(Re/2),ce,ct(0,Nt-Re),dt,Ot),ie(y,w,U,Kt-Re/2,mt,ce+Re,Nt)}}return Re>0?it.stroke=zt?Wn:Kn:zt||(it._fill=E.width==0?E._fill:E._stroke??E._fill,it.width=0),it.fill=zt?Tt:Kn,it})}function Wf(e,t){let n=fe(t?.alignGaps,0);return(o,i,s,u)=>Un(o,i,(c,p,m,g,b,h,y,w,x,D,E)=>{[s,u]=Wo(m,s,u);let S=c.pxRound,T=M=>S(h(M,g,D,w)),A=M=>S(y(M,b,E,x)),j,O,Q;g.ori==0?(j=Go,Q=kr,O=cc):(j=jo,Q=xr,O=dc);let q=g.dir*(g.ori==0?1:-1),Z=T(p[q==1?s:u]),J=Z,P=[],H=[];for(let M=q==1?s:u;M>=s&&M<=u;M+=q)if(m[M]!=null){let X=p[M],z=T(X);P.push(J=z),H.push(A(m[M]))}let $={stroke:e(P,H,j,Q,O,S),fill:null,clip:null,band:null,gaps:null,flags:Sr},I=$.stroke,[L,F]=wa(o,i);if(c.fill!=null||L!=0){let M=$.fill=new Path2D(I),ue=c.fillTo(o,i,c.min,c.max,L),X=A(ue);Q(M,J,X),Q(M,Z,X)}if(!c.spanGaps){let M=[];M.push(...ka(p,m,s,u,q,T,n)),$.gaps=M=c.gaps(o,i,s,u,M),$.clip=Jo(M,g.ori,w,x,D,E)}return F!=0&&($.band=F==2?[sn(o,i,s,u,I,-1),sn(o,i,s,u,I,1)]:sn(o,i,s,u,I,F)),$})}function zf(e){return Wf(Kf,e)}function Kf(e,t,n,o,i,s){let u=e.length;if(u<2)return null;let c=new Path2D;if(n(c,e[0],t[0]),u==2)o(c,e[1],t[1]);else{let p=Array(u),m=Array(u-1),g=Array(u-1),b=Array(u-1);for(let h=0;h<u-1;h++)g[h]=t[h+1]-t[h],b[h]=e[h+1]-e[h],m[h]=g[h]/b[h];p[0]=m[0];for(let h=1;h<u-1;h++)m[h]===0||m[h-1]===0||m[h-1]>0!=m[h]>0?p[h]=0:(p[h]=3*(b[h-1]+b[h])/((2*b[h]+b[h-1])/m[h-1]+(b[h]+2*b[h-1])/m[h]),isFinite(p[h])||(p[h]=0));p[u-1]=m[u-2];for(let h=0;h<u-1;h++)i(c,e[h]+b[h]/3,t[h]+p[h]*b[h]/3,e[h+1]-b[h]/3,t[h+1]-p[h+1]*b[h]/3,e[h+1],t[h+1])}return c}var ua=new Set;function Cu(){for(let e of ua)e.syncRect(!0)}wr&&(Bn(kp,br,Cu),Bn(xp,br,Cu,!0),Bn(Bo,br,()=>{tt.pxRatio=ge}));var qf=mc(),Jf=pc();function Du(e,t,n,o){return(o?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((s,u)=>ca(s,u,t,n))}function Gf(e,t){return e.map((n,o)=>o==0?{}:Be({},t,n))}function ca(e,t,n,o){return Be({},t==0?n:o,e)}function gc(e,t,n){return t==null?vr:[t,n]}var jf=gc;function Hf(e,t,n){return t==null?vr:Vo(t,n,ga,!0)}function hc(e,t,n,o){return t==null?vr:zo(t,n,e.scales[o].log,!1)}var Qf=hc;function bc(e,t,n,o){return t==null?vr:ma(t,n,e.scales[o].log,!1)}var Yf=bc;function Zf(e,t,n,o,i){let s=ct(lu(e),lu(t)),u=t-e,c=Ut(i/o*u,n);do{let p=n[c],m=o*p/u;if(m>=i&&s+(p<5?yn.get(p):0)<=17)return[p,m]}while(++c<n.length);return[0,0]}function Pu(e){let t,n;return e=e.replace(/(\d+)px/,(o,i)=>(t=ze((n=+i)*ge))+"px"),[e,t,n]}function Xf(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=we(t[2]*ge,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function tt(e,t,n){let o={mode:fe(e.mode,1)},i=o.mode;function s(a,l,d,f){let v=l.valToPct(a);return f+d*(l.dir==-1?1-v:v)}function u(a,l,d,f){let v=l.valToPct(a);return f+d*(l.dir==-1?v:1-v)}function c(a,l,d,f){return l.ori==0?s(a,l,d,f):u(a,l,d,f)}o.valToPosH=s,o.valToPosV=u;let p=!1;o.status=0;let m=o.root=It(ip);if(e.id!=null&&(m.id=e.id),wt(m,e.class),e.title){let a=It(lp,m);a.textContent=e.title}let g=Vt("canvas"),b=o.ctx=g.getContext("2d"),h=It(up,m);Bn("click",h,a=>{a.target===w&&(Ae!=nr||Pe!=rr)&&et.click(o,a)},!0);let y=o.under=It(cp,h);h.appendChild(g);let w=o.over=It(dp,h);e=_r(e);let x=+fe(e.pxAlign,1),D=Nu(x);(e.plugins||[]).forEach(a=>{a.opts&&(e=a.opts(o,e)||e)});let E=e.ms||.001,S=o.series=i==1?Du(e.series||[],_u,Au,!1):Gf(e.series||[null],xu),T=o.axes=Du(e.axes||[],vu,wu,!0),A=o.scales={},j=o.bands=e.bands||[];j.forEach(a=>{a.fill=le(a.fill||null),a.dir=fe(a.dir,-1)});let O=i==2?S[1].facets[0].scale:S[0].scale,Q={axes:Vc,series:Lc},q=(e.drawOrder||["axes","series"]).map(a=>Q[a]);function Z(a){let l=a.distr==3?d=>an(d>0?d:a.clamp(o,d,a.min,a.max,a.key)):a.distr==4?d=>Yi(d,a.asinh):a.distr==100?d=>a.fwd(d):d=>d;return d=>{let f=l(d),{_min:v,_max:_}=a,k=_-v;return(f-v)/k}}function J(a){let l=A[a];if(l==null){let d=(e.scales||Qr)[a]||Qr;if(d.from!=null){J(d.from);let f=Be({},A[d.from],d,{key:a});f.valToPct=Z(f),A[a]=f}else{l=A[a]=Be({},a==O?ic:Lf,d),l.key=a;let f=l.time,v=l.range,_=bn(v);if((a!=O||i==2&&!f)&&(_&&(v[0]==null||v[1]==null)&&(v={min:v[0]==null?iu:{mode:1,hard:v[0],soft:v[0]},max:v[1]==null?iu:{mode:1,hard:v[1],soft:v[1]}},_=!1),!_&&qo(v))){let k=v;v=(N,R,B)=>R==null?vr:Vo(R,B,k)}l.range=le(v||(f?jf:a==O?l.distr==3?Qf:l.distr==4?Yf:gc:l.distr==3?hc:l.distr==4?bc:Hf)),l.auto=le(_?!1:l.auto),l.clamp=le(l.clamp||If),l._min=l._max=null,l.valToPct=Z(l)}}}J("x"),J("y"),i==1&&S.forEach(a=>{J(a.scale)}),T.forEach(a=>{J(a.scale)});for(let a in e.scales)J(a);let P=A[O],H=P.distr,$,I;P.ori==0?(wt(m,ap),$=s,I=u):(wt(m,sp),$=u,I=s);let L={};for(let a in A){let l=A[a];(l.min!=null||l.max!=null)&&(L[a]={min:l.min,max:l.max},l.min=l.max=null)}let F=e.tzDate||(a=>new Date(ze(a/E))),M=e.fmtDate||ya,ue=E==1?sf(F):cf(F),X=hu(F,gu(E==1?af:uf,M)),z=yu(F,bu(pf,M)),ie=[],ee=o.legend=Be({},gf,e.legend),K=o.cursor=Be({},Sf,{drag:{y:i==2}},e.cursor),ke=ee.show,de=K.show,re=ee.markers;ee.idxs=ie,re.width=le(re.width),re.dash=le(re.dash),re.stroke=le(re.stroke),re.fill=le(re.fill);let ce,At,ot,Re=[],zt=[],en,Tt=!1,ln={};if(ee.live){let a=S[1]?S[1].values:null;Tt=a!=null,en=Tt?a(o,1,0):{_:0};for(let l in en)ln[l]=pa}if(ke)if(ce=Vt("table",bp,m),ot=Vt("tbody",null,ce),ee.mount(o,ce),Tt){At=Vt("thead",null,ce,ot);let a=Vt("tr",null,At);Vt("th",null,a);for(var Wn in en)Vt("th",Jl,a).textContent=Wn}else wt(ce,vp),ee.live&&wt(ce,yp);let zn={show:!0},Nr={show:!1};function eo(a,l){if(l==0&&(Tt||!ee.live||i==2))return vr;let d=[],f=Vt("tr",_p,ot,ot.childNodes[l]);wt(f,a.class),a.show||wt(f,$n);let v=Vt("th",null,f);if(re.show){let N=It(Sp,v);if(l>0){let R=re.width(o,l);R&&(N.style.border=R+"px "+re.dash(o,l)+" "+re.stroke(o,l)),N.style.background=re.fill(o,l)}}let _=It(Jl,v);a.label instanceof HTMLElement?_.appendChild(a.label):_.textContent=a.label,l>0&&(re.show||(_.style.color=a.width>0?re.stroke(o,l):re.fill(o,l)),it("click",v,N=>{if(K._lock)return;An(N);let R=S.indexOf(a);if((N.ctrlKey||N.metaKey)!=ee.isolate){let B=S.some((V,W)=>W>0&&W!=R&&V.show);S.forEach((V,W)=>{W>0&&Jt(W,B?W==R?zn:Nr:zn,!0,Fe.setSeries)})}else Jt(R,{show:!a.show},!0,Fe.setSeries)},!1),Gn&&it(Ql,v,N=>{K._lock||(An(N),Jt(S.indexOf(a),ir,!0,Fe.setSeries))},!1));for(var k in en){let N=Vt("td",wp,f);N.textContent="--",d.push(N)}return[f,d]}let _n=new Map;function it(a,l,d,f=!0){let v=_n.get(l)||{},_=K.bind[a](o,l,d,f);_&&(Bn(a,l,v[a]=_),_n.set(l,v))}function Kn(a,l,d){let f=_n.get(l)||{};for(let v in f)(a==null||v==a)&&(oa(v,l,f[v]),delete f[v]);a==null&&_n.delete(l)}let tn=0,Sn=0,oe=0,U=0,xe=0,Ve=0,qn=xe,wn=Ve,Kt=oe,kn=U,mt=0,Nt=0,dt=0,Ot=0;o.bbox={};let ei=!1,to=!1,Jn=!1,xn=!1,no=!1,Et=!1;function ti(a,l,d){(d||a!=o.width||l!=o.height)&&Na(a,l),Zn(!1),Jn=!0,to=!0,Xn()}function Na(a,l){o.width=tn=oe=a,o.height=Sn=U=l,xe=Ve=0,Ec(),Cc();let d=o.bbox;mt=d.left=On(xe*ge,.5),Nt=d.top=On(Ve*ge,.5),dt=d.width=On(oe*ge,.5),Ot=d.height=On(U*ge,.5)}let Ac=3;function Tc(){let a=!1,l=0;for(;!a;){l++;let d=$c(l),f=Bc(l);a=l==Ac||d&&f,a||(Na(o.width,o.height),to=!0)}}function Nc({width:a,height:l}){ti(a,l)}o.setSize=Nc;function Ec(){let a=!1,l=!1,d=!1,f=!1;T.forEach((v,_)=>{if(v.show&&v._show){let{side:k,_size:N}=v,R=k%2,B=v.label!=null?v.labelSize:0,V=N+B;V>0&&(R?(oe-=V,k==3?(xe+=V,f=!0):d=!0):(U-=V,k==0?(Ve+=V,a=!0):l=!0))}}),Tn[0]=a,Tn[1]=d,Tn[2]=l,Tn[3]=f,oe-=un[1]+un[3],xe+=un[3],U-=un[2]+un[0],Ve+=un[0]}function Cc(){let a=xe+oe,l=Ve+U,d=xe,f=Ve;function v(_,k){switch(_){case 1:return a+=k,a-k;case 2:return l+=k,l-k;case 3:return d-=k,d+k;case 0:return f-=k,f+k}}T.forEach((_,k)=>{if(_.show&&_._show){let N=_.side;_._pos=v(N,_._size),_.label!=null&&(_._lpos=v(N,_.labelSize))}})}if(K.dataIdx==null){let a=K.hover,l=a.skip=new Set(a.skip??[]);l.add(void 0);let d=a.prox=le(a.prox),f=a.bias??(a.bias=0);K.dataIdx=(v,_,k,N)=>{if(_==0)return k;let R=k,B=d(v,_,k,N)??Se,V=B>=0&&B<Se,W=P.ori==0?oe:U,te=K.left,me=t[0],pe=t[_];if(l.has(pe[k])){R=null;let ae=null,Y=null,G;if(f==0||f==-1)for(G=k;ae==null&&G-- >0;)l.has(pe[G])||(ae=G);if(f==0||f==1)for(G=k;Y==null&&G++<pe.length;)l.has(pe[G])||(Y=G);if(ae!=null||Y!=null)if(V){let Ne=ae==null?-1/0:$(me[ae],P,W,0),Me=Y==null?1/0:$(me[Y],P,W,0),Qe=te-Ne,_e=Me-te;Qe<=_e?Qe<=B&&(R=ae):_e<=B&&(R=Y)}else R=Y==null?ae:ae==null?Y:k-ae<=Y-k?ae:Y}else V&&Ke(te-$(me[k],P,W,0))>B&&(R=null);return R}}let An=a=>{K.event=a};K.idxs=ie,K._lock=!1;let nt=K.points;nt.show=le(nt.show),nt.size=le(nt.size),nt.stroke=le(nt.stroke),nt.width=le(nt.width),nt.fill=le(nt.fill);let qt=o.focus=Be({},e.focus||{alpha:.3},K.focus),Gn=qt.prox>=0,jn=Gn&&nt.one,Ct=[],Hn=[],Qn=[];function Ea(a,l){let d=nt.show(o,l);if(d instanceof HTMLElement)return wt(d,hp),wt(d,a.class),Xt(d,-10,-10,oe,U),w.insertBefore(d,Ct[l]),d}function Ca(a,l){if(i==1||l>0){let d=i==1&&A[a.scale].time,f=a.value;a.value=d?du(f)?yu(F,bu(f,M)):f||z:f||Pf,a.label=a.label||(d?kf:wf)}if(jn||l>0){a.width=a.width==null?1:a.width,a.paths=a.paths||qf||Ip,a.fillTo=le(a.fillTo||Of),a.pxAlign=+fe(a.pxAlign,x),a.pxRound=Nu(a.pxAlign),a.stroke=le(a.stroke||null),a.fill=le(a.fill||null),a._stroke=a._fill=a._paths=a._focus=null;let d=Rf(ct(1,a.width),1),f=a.points=Be({},{size:d,width:ct(1,d*.2),stroke:a.stroke,space:d*2,paths:Jf,_stroke:null,_fill:null},a.points);f.show=le(f.show),f.filter=le(f.filter),f.fill=le(f.fill),f.stroke=le(f.stroke),f.paths=le(f.paths),f.pxAlign=a.pxAlign}if(ke){let d=eo(a,l);Re.splice(l,0,d[0]),zt.splice(l,0,d[1]),ee.values.push(null)}if(de){ie.splice(l,0,null);let d=null;jn?l==0&&(d=Ea(a,l)):l>0&&(d=Ea(a,l)),Ct.splice(l,0,d),Hn.splice(l,0,0),Qn.splice(l,0,0)}He("addSeries",l)}function Dc(a,l){l=l??S.length,a=i==1?ca(a,l,_u,Au):ca(a,l,{},xu),S.splice(l,0,a),Ca(S[l],l)}o.addSeries=Dc;function Pc(a){if(S.splice(a,1),ke){ee.values.splice(a,1),zt.splice(a,1);let l=Re.splice(a,1)[0];Kn(null,l.firstChild),l.remove()}de&&(ie.splice(a,1),Ct.splice(a,1)[0].remove(),Hn.splice(a,1),Qn.splice(a,1)),He("delSeries",a)}o.delSeries=Pc;let Tn=[!1,!1,!1,!1];function Rc(a,l){if(a._show=a.show,a.show){let d=a.side%2,f=A[a.scale];f==null&&(a.scale=d?S[1].scale:O,f=A[a.scale]);let v=f.time;a.size=le(a.size),a.space=le(a.space),a.rotate=le(a.rotate),bn(a.incrs)&&a.incrs.forEach(k=>{!yn.has(k)&&yn.set(k,Vu(k))}),a.incrs=le(a.incrs||(f.distr==2?nf:v?E==1?of:lf:Fn)),a.splits=le(a.splits||(v&&f.distr==1?ue:f.distr==3?aa:f.distr==4?Tf:Af)),a.stroke=le(a.stroke),a.grid.stroke=le(a.grid.stroke),a.ticks.stroke=le(a.ticks.stroke),a.border.stroke=le(a.border.stroke);let _=a.values;a.values=bn(_)&&!bn(_[0])?le(_):v?bn(_)?hu(F,gu(_,M)):du(_)?df(F,_):_||X:_||xf,a.filter=le(a.filter||(f.distr>=3&&f.log==10?Cf:f.distr==3&&f.log==2?Df:$u)),a.font=Pu(a.font),a.labelFont=Pu(a.labelFont),a._size=a.size(o,null,l,0),a._space=a._rotate=a._incrs=a._found=a._splits=a._values=null,a._size>0&&(Tn[l]=!0,a._el=It(pp,h))}}function Er(a,l,d,f){let[v,_,k,N]=d,R=l%2,B=0;return R==0&&(N||_)&&(B=l==0&&!v||l==2&&!k?ze(vu.size/3):0),R==1&&(v||k)&&(B=l==1&&!_||l==3&&!N?ze(wu.size/2):0),B}let Da=o.padding=(e.padding||[Er,Er,Er,Er]).map(a=>le(fe(a,Er))),un=o._padding=Da.map((a,l)=>a(o,l,Tn,0)),Xe,qe=null,Je=null,ro=i==1?S[0].idxs:null,Ft=null,Cr=!1;function Pa(a,l){if(t=a??[],o.data=o._data=t,i==2){Xe=0;for(let d=1;d<S.length;d++)Xe+=t[d][0].length}else{t.length==0&&(o.data=o._data=t=[[]]),Ft=t[0],Xe=Ft.length;let d=t;if(H==2){d=t.slice();let f=d[0]=Array(Xe);for(let v=0;v<Xe;v++)f[v]=v}o._data=t=d}if(Zn(!0),He("setData"),H==2&&(Jn=!0),l!==!1){let d=P;d.auto(o,Cr)?ni():dn(O,d.min,d.max),xn=xn||K.left>=0,Et=!0,Xn()}}o.setData=Pa;function ni(){Cr=!0;let a,l;i==1&&(Xe>0?(qe=ro[0]=0,Je=ro[1]=Xe-1,a=t[0][qe],l=t[0][Je],H==2?(a=qe,l=Je):a==l&&(H==3?[a,l]=zo(a,a,P.log,!1):H==4?[a,l]=ma(a,a,P.log,!1):P.time?l=a+ze(86400/E):[a,l]=Vo(a,l,ga,!0))):(qe=ro[0]=a=null,Je=ro[1]=l=null)),dn(O,a,l)}let oo,Yn,ri,oi,ii,ai,si,li,ui,pt;function Ra(a,l,d,f,v,_){a??(a=jl),d??(d=ba),f??(f="butt"),v??(v=jl),_??(_="round"),a!=oo&&(b.strokeStyle=oo=a),v!=Yn&&(b.fillStyle=Yn=v),l!=ri&&(b.lineWidth=ri=l),_!=ii&&(b.lineJoin=ii=_),f!=ai&&(b.lineCap=ai=f),d!=oi&&b.setLineDash(oi=d)}function Ma(a,l,d,f){l!=Yn&&(b.fillStyle=Yn=l),a!=si&&(b.font=si=a),d!=li&&(b.textAlign=li=d),f!=ui&&(b.textBaseline=ui=f)}function ci(a,l,d,f,v=0){if(f.length>0&&a.auto(o,Cr)&&(l==null||l.min==null)){let _=fe(qe,0),k=fe(Je,f.length-1),N=d.min==null?Ep(f,_,k,v,a.distr==3):[d.min,d.max];a.min=Wt(a.min,d.min=N[0]),a.max=ct(a.max,d.max=N[1])}}let Ia={min:null,max:null};function Mc(){for(let f in A){let v=A[f];L[f]==null&&(v.min==null||L[O]!=null&&v.auto(o,Cr))&&(L[f]=Ia)}for(let f in A){let v=A[f];L[f]==null&&v.from!=null&&L[v.from]!=null&&(L[f]=Ia)}L[O]!=null&&Zn(!0);let a={};for(let f in L){let v=L[f];if(v!=null){let _=a[f]=_r(A[f],Fp);if(v.min!=null)Be(_,v);else if(f!=O||i==2)if(Xe==0&&_.from==null){let k=_.range(o,null,null,f);_.min=k[0],_.max=k[1]}else _.min=Se,_.max=-Se}}if(Xe>0){S.forEach((f,v)=>{if(i==1){let _=f.scale,k=L[_];if(k==null)return;let N=a[_];if(v==0){let R=N.range(o,N.min,N.max,_);N.min=R[0],N.max=R[1],qe=Ut(N.min,t[0]),Je=Ut(N.max,t[0]),Je-qe>1&&(t[0][qe]<N.min&&qe++,t[0][Je]>N.max&&Je--),f.min=Ft[qe],f.max=Ft[Je]}else f.show&&f.auto&&ci(N,k,f,t[v],f.sorted);f.idxs[0]=qe,f.idxs[1]=Je}else if(v>0&&f.show&&f.auto){let[_,k]=f.facets,N=_.scale,R=k.scale,[B,V]=t[v],W=a[N],te=a[R];W!=null&&ci(W,L[N],_,B,_.sorted),te!=null&&ci(te,L[R],k,V,k.sorted),f.min=k.min,f.max=k.max}});for(let f in a){let v=a[f],_=L[f];if(v.from==null&&(_==null||_.min==null)){let k=v.range(o,v.min==Se?null:v.min,v.max==-Se?null:v.max,f);v.min=k[0],v.max=k[1]}}}for(let f in a){let v=a[f];if(v.from!=null){let _=a[v.from];if(_.min==null)v.min=v.max=null;else{let k=v.range(o,_.min,_.max,f);v.min=k[0],v.max=k[1]}}}let l={},d=!1;for(let f in a){let v=a[f],_=A[f];if(_.min!=v.min||_.max!=v.max){_.min=v.min,_.max=v.max;let k=_.distr;_._min=k==3?an(_.min):k==4?Yi(_.min,_.asinh):k==100?_.fwd(_.min):_.min,_._max=k==3?an(_.max):k==4?Yi(_.max,_.asinh):k==100?_.fwd(_.max):_.max,l[f]=d=!0}}if(d){S.forEach((f,v)=>{i==2?v>0&&l.y&&(f._paths=null):l[f.scale]&&(f._paths=null)});for(let f in l)Jn=!0,He("setScale",f);de&&K.left>=0&&(xn=Et=!0)}for(let f in L)L[f]=null}function Ic(a){let l=ia(qe-1,0,Xe-1),d=ia(Je+1,0,Xe-1);for(;a[l]==null&&l>0;)l--;for(;a[d]==null&&d<Xe-1;)d++;return[l,d]}function Lc(){if(Xe>0){let a=S.some(l=>l._focus)&&pt!=qt.alpha;a&&(b.globalAlpha=pt=qt.alpha),S.forEach((l,d)=>{if(d>0&&l.show&&(La(d,!1),La(d,!0),l._paths==null)){let f=pt;pt!=l.alpha&&(b.globalAlpha=pt=l.alpha);let v=i==2?[0,t[d][0].length-1]:Ic(t[d]);l._paths=l.paths(o,d,v[0],v[1]),pt!=f&&(b.globalAlpha=pt=f)}}),S.forEach((l,d)=>{if(d>0&&l.show){let f=pt;pt!=l.alpha&&(b.globalAlpha=pt=l.alpha),l._paths!=null&&Oa(d,!1);{let v=l._paths!=null?l._paths.gaps:null,_=l.points.show(o,d,qe,Je,v),k=l.points.filter(o,d,_,v);(_||k)&&(l.points._paths=l.points.paths(o,d,qe,Je,k),Oa(d,!0))}pt!=f&&(b.globalAlpha=pt=f),He("drawSeries",d)}}),a&&(b.globalAlpha=pt=1)}}function La(a,l){let d=l?S[a].points:S[a];d._stroke=d.stroke(o,a),d._fill=d.fill(o,a)}function Oa(a,l){let d=l?S[a].points:S[a],{stroke:f,fill:v,clip:_,flags:k,_stroke:N=d._stroke,_fill:R=d._fill,_width:B=d.width}=d._paths;B=we(B*ge,3);let V=null,W=B%2/2;l&&R==null&&(R=B>0?"#fff":N);let te=d.pxAlign==1&&W>0;if(te&&b.translate(W,W),!l){let me=mt-B/2,pe=Nt-B/2,ae=dt+B,Y=Ot+B;V=new Path2D,V.rect(me,pe,ae,Y)}l?di(N,B,d.dash,d.cap,R,f,v,k,_):Oc(a,N,B,d.dash,d.cap,R,f,v,k,V,_),te&&b.translate(-W,-W)}function Oc(a,l,d,f,v,_,k,N,R,B,V){let W=!1;R!=0&&j.forEach((te,me)=>{if(te.series[0]==a){let pe=S[te.series[1]],ae=t[te.series[1]],Y=(pe._paths||Qr).band;bn(Y)&&(Y=te.dir==1?Y[0]:Y[1]);let G,Ne=null;pe.show&&Y&&Dp(ae,qe,Je)?(Ne=te.fill(o,me)||_,G=pe._paths.clip):Y=null,di(l,d,f,v,Ne,k,N,R,B,V,G,Y),W=!0}}),W||di(l,d,f,v,_,k,N,R,B,V)}let Fa=Sr|la;function di(a,l,d,f,v,_,k,N,R,B,V,W){Ra(a,l,d,f,v),(R||B||W)&&(b.save(),R&&b.clip(R),B&&b.clip(B)),W?(N&Fa)==Fa?(b.clip(W),V&&b.clip(V),ao(v,k),io(a,_,l)):N&la?(ao(v,k),b.clip(W),io(a,_,l)):N&Sr&&(b.save(),b.clip(W),V&&b.clip(V),ao(v,k),b.restore(),io(a,_,l)):(ao(v,k),io(a,_,l)),(R||B||W)&&b.restore()}function io(a,l,d){d>0&&(l instanceof Map?l.forEach((f,v)=>{b.strokeStyle=oo=v,b.stroke(f)}):l!=null&&a&&b.stroke(l))}function ao(a,l){l instanceof Map?l.forEach((d,f)=>{b.fillStyle=Yn=f,b.fill(d)}):l!=null&&a&&b.fill(l)}function Fc(a,l,d,f){let v=T[a],_;if(f<=0)_=[0,0];else{let k=v._space=v.space(o,a,l,d,f),N=v._incrs=v.incrs(o,a,l,d,f,k);_=Zf(l,d,N,f,k)}return v._found=_}function pi(a,l,d,f,v,_,k,N,R,B){let V=k%2/2;x==1&&b.translate(V,V),Ra(N,k,R,B,N),b.beginPath();let W,te,me,pe,ae=v+(f==0||f==3?-_:_);d==0?(te=v,pe=ae):(W=v,me=ae);for(let Y=0;Y<a.length;Y++)l[Y]!=null&&(d==0?W=me=a[Y]:te=pe=a[Y],b.moveTo(W,te),b.lineTo(me,pe));b.stroke(),x==1&&b.translate(-V,-V)}function $c(a){let l=!0;return T.forEach((d,f)=>{if(!d.show)return;let v=A[d.scale];if(v.min==null){d._show&&(l=!1,d._show=!1,Zn(!1));return}else d._show||(l=!1,d._show=!0,Zn(!1));let _=d.side,k=_%2,{min:N,max:R}=v,[B,V]=Fc(f,N,R,k==0?oe:U);if(V==0)return;let W=v.distr==2,te=d._splits=d.splits(o,f,N,R,B,V,W),me=v.distr==2?te.map(G=>Ft[G]):te,pe=v.distr==2?Ft[te[1]]-Ft[te[0]]:B,ae=d._values=d.values(o,d.filter(o,me,f,V,pe),f,V,pe);d._rotate=_==2?d.rotate(o,ae,f,V):0;let Y=d._size;d._size=Lt(d.size(o,ae,f,a)),Y!=null&&d._size!=Y&&(l=!1)}),l}function Bc(a){let l=!0;return Da.forEach((d,f)=>{let v=d(o,f,Tn,a);v!=un[f]&&(l=!1),un[f]=v}),l}function Vc(){for(let a=0;a<T.length;a++){let l=T[a];if(!l.show||!l._show)continue;let d=l.side,f=d%2,v,_,k=l.stroke(o,a),N=d==0||d==3?-1:1,[R,B]=l._found;if(l.label!=null){let st=l.labelGap*N,bt=ze((l._lpos+st)*ge);Ma(l.labelFont[0],k,"center",d==2?"top":Gl),b.save(),f==1?(v=_=0,b.translate(bt,ze(Nt+Ot/2)),b.rotate((d==3?-$o:$o)/2)):(v=ze(mt+dt/2),_=bt);let Cn=Ou(l.label)?l.label(o,a,R,B):l.label;b.fillText(Cn,v,_),b.restore()}if(B==0)continue;let V=A[l.scale],W=f==0?dt:Ot,te=f==0?mt:Nt,me=l._splits,pe=V.distr==2?me.map(st=>Ft[st]):me,ae=V.distr==2?Ft[me[1]]-Ft[me[0]]:R,Y=l.ticks,G=l.border,Ne=Y.show?Y.size:0,Me=ze(Ne*ge),Qe=ze((l.alignTo==2?l._size-Ne-l.gap:l.gap)*ge),_e=l._rotate*-$o/180,Ie=D(l._pos*ge),gt=(Me+Qe)*N,at=Ie+gt;_=f==0?at:0,v=f==1?at:0;let Dt=l.font[0],$t=l.align==1?gr:l.align==2?ji:_e>0?gr:_e<0?ji:f==0?"center":d==3?ji:gr,jt=_e||f==1?"middle":d==2?"top":Gl;Ma(Dt,k,$t,jt);let ht=l.font[1]*l.lineGap,Pt=me.map(st=>D(c(st,V,W,te))),Bt=l._values;for(let st=0;st<Bt.length;st++){let bt=Bt[st];if(bt!=null){f==0?v=Pt[st]:_=Pt[st],bt=""+bt;let Cn=bt.indexOf(`
`)==-1?[bt]:bt.split(/\n/gm);for(let lt=0;lt<Cn.length;lt++){let ns=Cn[lt];_e?(b.save(),b.translate(v,_+lt*ht),b.rotate(_e),b.fillText(ns,0,0),b.restore()):b.fillText(ns,v,_+lt*ht)}}}Y.show&&pi(Pt,Y.filter(o,pe,a,B,ae),f,d,Ie,Me,we(Y.width*ge,3),Y.stroke(o,a),Y.dash,Y.cap);let Ht=l.grid;Ht.show&&pi(Pt,Ht.filter(o,pe,a,B,ae),f,f==0?2:1,f==0?Nt:mt,f==0?Ot:dt,we(Ht.width*ge,3),Ht.stroke(o,a),Ht.dash,Ht.cap),G.show&&pi([Ie],[1],f==0?1:0,f==0?1:2,f==1?Nt:mt,f==1?Ot:dt,we(G.width*ge,3),G.stroke(o,a),G.dash,G.cap)}He("drawAxes")}function Zn(a){S.forEach((l,d)=>{d>0&&(l._paths=null,a&&(i==1?(l.min=null,l.max=null):l.facets.forEach(f=>{f.min=null,f.max=null})))})}let so=!1,fi=!1,Dr=[];function Uc(){fi=!1;for(let a=0;a<Dr.length;a++)He(...Dr[a]);Dr.length=0}function Xn(){so||(Kp($a),so=!0)}function Wc(a,l=!1){so=!0,fi=l,a(o),$a(),l&&Dr.length>0&&queueMicrotask(Uc)}o.batch=Wc;function $a(){if(ei&&(Mc(),ei=!1),Jn&&(Tc(),Jn=!1),to){if(De(y,gr,xe),De(y,"top",Ve),De(y,Jr,oe),De(y,Gr,U),De(w,gr,xe),De(w,"top",Ve),De(w,Jr,oe),De(w,Gr,U),De(h,Jr,tn),De(h,Gr,Sn),g.width=ze(tn*ge),g.height=ze(Sn*ge),T.forEach(({_el:a,_show:l,_size:d,_pos:f,side:v})=>{if(a!=null)if(l){let _=v===3||v===0?d:0,k=v%2==1;De(a,k?"left":"top",f-_),De(a,k?"width":"height",d),De(a,k?"top":"left",k?Ve:xe),De(a,k?"height":"width",k?U:oe),ra(a,$n)}else wt(a,$n)}),oo=Yn=ri=ii=ai=si=li=ui=oi=null,pt=1,Mr(!0),xe!=qn||Ve!=wn||oe!=Kt||U!=kn){Zn(!1);let a=oe/Kt,l=U/kn;if(de&&!xn&&K.left>=0){K.left*=a,K.top*=l,er&&Xt(er,ze(K.left),0,oe,U),tr&&Xt(tr,0,ze(K.top),oe,U);for(let d=0;d<Ct.length;d++){let f=Ct[d];f!=null&&(Hn[d]*=a,Qn[d]*=l,Xt(f,Lt(Hn[d]),Lt(Qn[d]),oe,U))}}if(Te.show&&!no&&Te.left>=0&&Te.width>0){Te.left*=a,Te.width*=a,Te.top*=l,Te.height*=l;for(let d in vi)De(or,d,Te[d])}qn=xe,wn=Ve,Kt=oe,kn=U}He("setSize"),to=!1}tn>0&&Sn>0&&(b.clearRect(0,0,g.width,g.height),He("drawClear"),q.forEach(a=>a()),He("draw")),Te.show&&no&&(lo(Te),no=!1),de&&xn&&(En(null,!0,!1),xn=!1),ee.show&&ee.live&&Et&&(bi(),Et=!1),p||(p=!0,o.status=1,He("ready")),Cr=!1,so=!1}o.redraw=(a,l)=>{Jn=l||!1,a!==!1?dn(O,P.min,P.max):Xn()};function mi(a,l){let d=A[a];if(d.from==null){if(Xe==0){let f=d.range(o,l.min,l.max,a);l.min=f[0],l.max=f[1]}if(l.min>l.max){let f=l.min;l.min=l.max,l.max=f}if(Xe>1&&l.min!=null&&l.max!=null&&l.max-l.min<1e-16)return;a==O&&d.distr==2&&Xe>0&&(l.min=Ut(l.min,t[0]),l.max=Ut(l.max,t[0]),l.min==l.max&&l.max++),L[a]=l,ei=!0,Xn()}}o.setScale=mi;let gi,hi,er,tr,Ba,Va,nr,rr,Ua,Wa,Ae,Pe,cn=!1,et=K.drag,Ge=et.x,je=et.y;de&&(K.x&&(gi=It(mp,w)),K.y&&(hi=It(gp,w)),P.ori==0?(er=gi,tr=hi):(er=hi,tr=gi),Ae=K.left,Pe=K.top);let Te=o.select=Be({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),or=Te.show?It(fp,Te.over?w:y):null;function lo(a,l){if(Te.show){for(let d in a)Te[d]=a[d],d in vi&&De(or,d,a[d]);l!==!1&&He("setSelect")}}o.setSelect=lo;function zc(a){if(S[a].show)ke&&ra(Re[a],$n);else if(ke&&wt(Re[a],$n),de){let d=jn?Ct[0]:Ct[a];d!=null&&Xt(d,-10,-10,oe,U)}}function dn(a,l,d){mi(a,{min:l,max:d})}function Jt(a,l,d,f){l.focus!=null&&jc(a),l.show!=null&&S.forEach((v,_)=>{_>0&&(a==_||a==null)&&(v.show=l.show,zc(_),i==2?(dn(v.facets[0].scale,null,null),dn(v.facets[1].scale,null,null)):dn(v.scale,null,null),Xn())}),d!==!1&&He("setSeries",a,l),f&&Ir("setSeries",o,a,l)}o.setSeries=Jt;function Kc(a,l){Be(j[a],l)}function qc(a,l){a.fill=le(a.fill||null),a.dir=fe(a.dir,-1),l=l??j.length,j.splice(l,0,a)}function Jc(a){a==null?j.length=0:j.splice(a,1)}o.addBand=qc,o.setBand=Kc,o.delBand=Jc;function Gc(a,l){S[a].alpha=l,de&&Ct[a]!=null&&(Ct[a].style.opacity=l),ke&&Re[a]&&(Re[a].style.opacity=l)}let nn,pn,Nn,ir={focus:!0};function jc(a){if(a!=Nn){let l=a==null,d=qt.alpha!=1;S.forEach((f,v)=>{if(i==1||v>0){let _=l||v==0||v==a;f._focus=l?null:_,d&&Gc(v,_?1:qt.alpha)}}),Nn=a,d&&Xn()}}ke&&Gn&&it(Yl,ce,a=>{K._lock||(An(a),Nn!=null&&Jt(null,ir,!0,Fe.setSeries))});function Gt(a,l,d){let f=A[l];d&&(a=a/ge-(f.ori==1?Ve:xe));let v=oe;f.ori==1&&(v=U,a=v-a),f.dir==-1&&(a=v-a);let _=f._min,k=f._max,N=a/v,R=_+(k-_)*N,B=f.distr;return B==3?yr(10,R):B==4?Rp(R,f.asinh):B==100?f.bwd(R):R}function Hc(a,l){let d=Gt(a,O,l);return Ut(d,t[0],qe,Je)}o.valToIdx=a=>Ut(a,t[0]),o.posToIdx=Hc,o.posToVal=Gt,o.valToPos=(a,l,d)=>A[l].ori==0?s(a,A[l],d?dt:oe,d?mt:0):u(a,A[l],d?Ot:U,d?Nt:0),o.setCursor=(a,l,d)=>{Ae=a.left,Pe=a.top,En(null,l,d)};function za(a,l){De(or,gr,Te.left=a),De(or,Jr,Te.width=l)}function Ka(a,l){De(or,"top",Te.top=a),De(or,Gr,Te.height=l)}let Pr=P.ori==0?za:Ka,Rr=P.ori==1?za:Ka;function Qc(){if(ke&&ee.live)for(let a=i==2?1:0;a<S.length;a++){if(a==0&&Tt)continue;let l=ee.values[a],d=0;for(let f in l)zt[a][d++].firstChild.nodeValue=l[f]}}function bi(a,l){if(a!=null&&(a.idxs?a.idxs.forEach((d,f)=>{ie[f]=d}):Op(a.idx)||ie.fill(a.idx),ee.idx=ie[0]),ke&&ee.live){for(let d=0;d<S.length;d++)(d>0||i==1&&!Tt)&&Yc(d,ie[d]);Qc()}Et=!1,l!==!1&&He("setLegend")}o.setLegend=bi;function Yc(a,l){let d=S[a],f=a==0&&H==2?Ft:t[a],v;Tt?v=d.values(o,a,l)??ln:(v=d.value(o,l==null?null:f[l],a,l),v=v==null?ln:{_:v}),ee.values[a]=v}function En(a,l,d){Ua=Ae,Wa=Pe,[Ae,Pe]=K.move(o,Ae,Pe),K.left=Ae,K.top=Pe,de&&(er&&Xt(er,ze(Ae),0,oe,U),tr&&Xt(tr,0,ze(Pe),oe,U));let f,v=qe>Je;nn=Se,pn=null;let _=P.ori==0?oe:U,k=P.ori==1?oe:U;if(Ae<0||Xe==0||v){f=K.idx=null;for(let N=0;N<S.length;N++){let R=Ct[N];R!=null&&Xt(R,-10,-10,oe,U)}Gn&&Jt(null,ir,!0,a==null&&Fe.setSeries),ee.live&&(ie.fill(f),Et=!0)}else{let N,R,B;i==1&&(N=P.ori==0?Ae:Pe,R=Gt(N,O),f=K.idx=Ut(R,t[0],qe,Je),B=$(t[0][f],P,_,0));let V=-10,W=-10,te=0,me=0,pe=!0,ae="",Y="";for(let G=i==2?1:0;G<S.length;G++){let Ne=S[G],Me=ie[G],Qe=Me==null?null:i==1?t[G][Me]:t[G][1][Me],_e=K.dataIdx(o,G,f,R),Ie=_e==null?null:i==1?t[G][_e]:t[G][1][_e];if(Et=Et||Ie!=Qe||_e!=Me,ie[G]=_e,G>0&&Ne.show){let gt=_e==null?-10:_e==f?B:$(i==1?t[0][_e]:t[G][0][_e],P,_,0),at=Ie==null?-10:I(Ie,i==1?A[Ne.scale]:A[Ne.facets[1].scale],k,0);if(Gn&&Ie!=null){let Dt=P.ori==1?Ae:Pe,$t=Ke(qt.dist(o,G,_e,at,Dt));if($t<nn){let jt=qt.bias;if(jt!=0){let ht=Gt(Dt,Ne.scale),Pt=Ie>=0?1:-1,Bt=ht>=0?1:-1;Bt==Pt&&(Bt==1?jt==1?Ie>=ht:Ie<=ht:jt==1?Ie<=ht:Ie>=ht)&&(nn=$t,pn=G)}else nn=$t,pn=G}}if(Et||jn){let Dt,$t;P.ori==0?(Dt=gt,$t=at):(Dt=at,$t=gt);let jt,ht,Pt,Bt,Ht,st,bt=!0,Cn=nt.bbox;if(Cn!=null){bt=!1;let lt=Cn(o,G);Pt=lt.left,Bt=lt.top,jt=lt.width,ht=lt.height}else Pt=Dt,Bt=$t,jt=ht=nt.size(o,G);if(st=nt.fill(o,G),Ht=nt.stroke(o,G),jn)G==pn&&nn<=qt.prox&&(V=Pt,W=Bt,te=jt,me=ht,pe=bt,ae=st,Y=Ht);else{let lt=Ct[G];lt!=null&&(Hn[G]=Pt,Qn[G]=Bt,ou(lt,jt,ht,bt),nu(lt,st,Ht),Xt(lt,Lt(Pt),Lt(Bt),oe,U))}}}}if(jn){let G=qt.prox,Ne=Nn==null?nn<=G:nn>G||pn!=Nn;if(Et||Ne){let Me=Ct[0];Me!=null&&(Hn[0]=V,Qn[0]=W,ou(Me,te,me,pe),nu(Me,ae,Y),Xt(Me,Lt(V),Lt(W),oe,U))}}}if(Te.show&&cn)if(a!=null){let[N,R]=Fe.scales,[B,V]=Fe.match,[W,te]=a.cursor.sync.scales,me=a.cursor.drag;if(Ge=me._x,je=me._y,Ge||je){let{left:pe,top:ae,width:Y,height:G}=a.select,Ne=a.scales[W].ori,Me=a.posToVal,Qe,_e,Ie,gt,at,Dt=N!=null&&B(N,W),$t=R!=null&&V(R,te);Dt&&Ge?(Ne==0?(Qe=pe,_e=Y):(Qe=ae,_e=G),Ie=A[N],gt=$(Me(Qe,W),Ie,_,0),at=$(Me(Qe+_e,W),Ie,_,0),Pr(Wt(gt,at),Ke(at-gt))):Pr(0,_),$t&&je?(Ne==1?(Qe=pe,_e=Y):(Qe=ae,_e=G),Ie=A[R],gt=I(Me(Qe,te),Ie,k,0),at=I(Me(Qe+_e,te),Ie,k,0),Rr(Wt(gt,at),Ke(at-gt))):Rr(0,k)}else _i()}else{let N=Ke(Ua-Ba),R=Ke(Wa-Va);if(P.ori==1){let te=N;N=R,R=te}Ge=et.x&&N>=et.dist,je=et.y&&R>=et.dist;let B=et.uni;B!=null?Ge&&je&&(Ge=N>=B,je=R>=B,!Ge&&!je&&(R>N?je=!0:Ge=!0)):et.x&&et.y&&(Ge||je)&&(Ge=je=!0);let V,W;Ge&&(P.ori==0?(V=nr,W=Ae):(V=rr,W=Pe),Pr(Wt(V,W),Ke(W-V)),je||Rr(0,k)),je&&(P.ori==1?(V=nr,W=Ae):(V=rr,W=Pe),Rr(Wt(V,W),Ke(W-V)),Ge||Pr(0,_)),!Ge&&!je&&(Pr(0,0),Rr(0,0))}if(et._x=Ge,et._y=je,a==null){if(d){if(ts!=null){let[N,R]=Fe.scales;Fe.values[0]=N!=null?Gt(P.ori==0?Ae:Pe,N):null,Fe.values[1]=R!=null?Gt(P.ori==1?Ae:Pe,R):null}Ir(Hi,o,Ae,Pe,oe,U,f)}if(Gn){let N=d&&Fe.setSeries,R=qt.prox;Nn==null?nn<=R&&Jt(pn,ir,!0,N):nn>R?Jt(null,ir,!0,N):pn!=Nn&&Jt(pn,ir,!0,N)}}Et&&(ee.idx=f,bi()),l!==!1&&He("setCursor")}let fn=null;Object.defineProperty(o,"rect",{get(){return fn==null&&Mr(!1),fn}});function Mr(a=!1){a?fn=null:(fn=w.getBoundingClientRect(),He("syncRect",fn))}function qa(a,l,d,f,v,_,k){K._lock||cn&&a!=null&&a.movementX==0&&a.movementY==0||(yi(a,l,d,f,v,_,k,!1,a!=null),a!=null?En(null,!0,!0):En(l,!0,!1))}function yi(a,l,d,f,v,_,k,N,R){if(fn==null&&Mr(!1),An(a),a!=null)d=a.clientX-fn.left,f=a.clientY-fn.top;else{if(d<0||f<0){Ae=-10,Pe=-10;return}let[B,V]=Fe.scales,W=l.cursor.sync,[te,me]=W.values,[pe,ae]=W.scales,[Y,G]=Fe.match,Ne=l.axes[0].side%2==1,Me=P.ori==0?oe:U,Qe=P.ori==1?oe:U,_e=Ne?_:v,Ie=Ne?v:_,gt=Ne?f:d,at=Ne?d:f;if(pe!=null?d=Y(B,pe)?c(te,A[B],Me,0):-10:d=Me*(gt/_e),ae!=null?f=G(V,ae)?c(me,A[V],Qe,0):-10:f=Qe*(at/Ie),P.ori==1){let Dt=d;d=f,f=Dt}}R&&(l==null||l.cursor.event.type==Hi)&&((d<=1||d>=oe-1)&&(d=On(d,oe)),(f<=1||f>=U-1)&&(f=On(f,U))),N?(Ba=d,Va=f,[nr,rr]=K.move(o,d,f)):(Ae=d,Pe=f)}let vi={width:0,height:0,left:0,top:0};function _i(){lo(vi,!1)}let Ja,Ga,ja,Ha;function Qa(a,l,d,f,v,_,k){cn=!0,Ge=je=et._x=et._y=!1,yi(a,l,d,f,v,_,k,!0,!1),a!=null&&(it(Qi,ta,Ya,!1),Ir(Hl,o,nr,rr,oe,U,null));let{left:N,top:R,width:B,height:V}=Te;Ja=N,Ga=R,ja=B,Ha=V}function Ya(a,l,d,f,v,_,k){cn=et._x=et._y=!1,yi(a,l,d,f,v,_,k,!1,!0);let{left:N,top:R,width:B,height:V}=Te,W=B>0||V>0,te=Ja!=N||Ga!=R||ja!=B||Ha!=V;if(W&&te&&lo(Te),et.setScale&&W&&te){let me=N,pe=B,ae=R,Y=V;if(P.ori==1&&(me=R,pe=V,ae=N,Y=B),Ge&&dn(O,Gt(me,O),Gt(me+pe,O)),je)for(let G in A){let Ne=A[G];G!=O&&Ne.from==null&&Ne.min!=Se&&dn(G,Gt(ae+Y,G),Gt(ae,G))}_i()}else K.lock&&(K._lock=!K._lock,En(l,!0,a!=null));a!=null&&(Kn(Qi,ta),Ir(Qi,o,Ae,Pe,oe,U,null))}function Zc(a,l,d,f,v,_,k){if(K._lock)return;An(a);let N=cn;if(cn){let R=!0,B=!0,V=10,W,te;P.ori==0?(W=Ge,te=je):(W=je,te=Ge),W&&te&&(R=Ae<=V||Ae>=oe-V,B=Pe<=V||Pe>=U-V),W&&R&&(Ae=Ae<nr?0:oe),te&&B&&(Pe=Pe<rr?0:U),En(null,!0,!0),cn=!1}Ae=-10,Pe=-10,ie.fill(null),En(null,!0,!0),N&&(cn=N)}function Za(a,l,d,f,v,_,k){K._lock||(An(a),ni(),_i(),a!=null&&Ir(Zl,o,Ae,Pe,oe,U,null))}function Xa(){T.forEach(Xf),ti(o.width,o.height,!0)}Bn(Bo,br,Xa);let ar={};ar.mousedown=Qa,ar.mousemove=qa,ar.mouseup=Ya,ar.dblclick=Za,ar.setSeries=(a,l,d,f)=>{let v=Fe.match[2];d=v(o,l,d),d!=-1&&Jt(d,f,!0,!1)},de&&(it(Hl,w,Qa),it(Hi,w,qa),it(Ql,w,a=>{An(a),Mr(!1)}),it(Yl,w,Zc),it(Zl,w,Za),ua.add(o),o.syncRect=Mr);let uo=o.hooks=e.hooks||{};function He(a,l,d){fi?Dr.push([a,l,d]):a in uo&&uo[a].forEach(f=>{f.call(null,o,l,d)})}(e.plugins||[]).forEach(a=>{for(let l in a.hooks)uo[l]=(uo[l]||[]).concat(a.hooks[l])});let es=(a,l,d)=>d,Fe=Be({key:null,setSeries:!1,filters:{pub:uu,sub:uu},scales:[O,S[1]?S[1].scale:null],match:[cu,cu,es],values:[null,null]},K.sync);Fe.match.length==2&&Fe.match.push(es),K.sync=Fe;let ts=Fe.key,Si=ac(ts);function Ir(a,l,d,f,v,_,k){Fe.filters.pub(a,l,d,f,v,_,k)&&Si.pub(a,l,d,f,v,_,k)}Si.sub(o);function Xc(a,l,d,f,v,_,k){Fe.filters.sub(a,l,d,f,v,_,k)&&ar[a](null,l,d,f,v,_,k)}o.pub=Xc;function ed(){Si.unsub(o),ua.delete(o),_n.clear(),oa(Bo,br,Xa),m.remove(),ce?.remove(),He("destroy")}o.destroy=ed;function wi(){He("init",e,t),Pa(t||e.data,!1),L[O]?mi(O,L[O]):ni(),no=Te.show&&(Te.width>0||Te.height>0),xn=Et=!0,ti(e.width,e.height)}return S.forEach(Ca),T.forEach(Rc),n?n instanceof HTMLElement?(n.appendChild(m),wi()):n(o,wi):wi(),o}tt.assign=Be;tt.fmtNum=ha;tt.rangeNum=Vo;tt.rangeLog=zo;tt.rangeAsinh=ma;tt.orient=Un;tt.pxRatio=ge;tt.join=zp;tt.fmtDate=ya,tt.tzDate=ef;tt.sync=ac;{tt.addGap=Ff,tt.clipGaps=Jo;let e=tt.paths={points:pc};e.linear=mc,e.stepped=Vf,e.bars=Uf,e.spline=zf}var Aa="dupligraph.theme";function em(){try{let e=localStorage.getItem(Aa);return e==="light"||e==="dark"?e:"auto"}catch{return"auto"}}var Ar=_t(em()),Tr=_t(0);function yc(){matchMedia("(prefers-color-scheme: dark)").addEventListener("change",()=>Tr.set(Tr.get()+1))}function Ta(e){e==="auto"?delete document.documentElement.dataset.theme:document.documentElement.dataset.theme=e}function vc(){let e=["auto","light","dark"],t=e[(e.indexOf(Ar.get())+1)%e.length];try{t==="auto"?localStorage.removeItem(Aa):localStorage.setItem(Aa,t)}catch{}Ar.set(t),Ta(t),Tr.set(Tr.get()+1)}function Zr(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Xr({title:e,times:t,values:n,format:o,formatTick:i=o}){let s=Br(null),u=We(Tr);rt(()=>{let p=s.current;if(!p||t.length===0)return;let m={stroke:Zr("--text-muted"),grid:{stroke:Zr("--border")},ticks:{stroke:Zr("--border")}},g=new tt({width:Math.max(p.clientWidth,200),height:180,legend:{show:!1},cursor:{show:!0,drag:{x:!1,y:!1}},scales:{x:{time:!0}},axes:[m,{...m,size:80,values:(h,y)=>y.map(i)}],series:[{},{label:e,stroke:Zr("--accent"),fill:`${Zr("--accent")}33`,width:2,points:{show:t.length<60},value:(h,y)=>y==null?"—":o(y)}]},[t,n],p),b=new ResizeObserver(()=>g.setSize({width:Math.max(p.clientWidth,200),height:180}));return b.observe(p),()=>{b.disconnect(),g.destroy()}},[t,n,e,o,i,u]);let c=n.at(-1);return r("figure",{class:"chart",children:[r("figcaption",{children:[r("strong",{children:e}),r("span",{class:"muted",children:t.length===0?" no runs yet":` latest ${o(c??0)}, ${t.length} point${t.length===1?"":"s"}`})]}),r("div",{ref:s,class:"chart-canvas",role:"img","aria-label":`${e} over time`})]})}function Qo({points:e}){let t=sr(()=>({times:e.map(n=>new Date(n.startAt).getTime()/1e3),uploaded:e.map(n=>n.uploadedSize),stored:e.map(n=>n.storageSize),duration:e.map(n=>n.durationMilliseconds/1e3),files:e.map(n=>n.fileCount)}),[e]);return r("section",{"aria-labelledby":"charts-title",children:[r("h2",{id:"charts-title",children:"Over time"}),r("div",{class:"charts",children:[r(Xr,{title:"Uploaded",times:t.times,values:t.uploaded,format:Zt}),r(Xr,{title:"Stored at destination",times:t.times,values:t.stored,format:Zt}),r(Xr,{title:"Duration",times:t.times,values:t.duration,format:Eo,formatTick:Tl}),r(Xr,{title:"Files",times:t.times,values:t.files,format:St})]})]})}var Yo=10;function Zo({owner:e,id:t}){let[n,o]=C({first:Yo}),[i,s]=C(1),u=ut(cl,{id:t,...n},{skip:e!=="job"}),c=ut(dl,{id:t,...n},{skip:e!=="server"}),p=e==="job"?u:c,g=p.data?.node?.backups;if(p.error&&!g)return r("p",{class:"error",children:["Could not read the runs: ",p.error.message]});if(!g)return r("p",{"aria-busy":"true",children:"Loading runs…"});let b=Math.max(1,Math.ceil(g.totalCount/Yo));return r("div",{class:"run-history",children:[r("div",{class:"table-scroll",children:r("table",{class:"runs",children:[r("caption",{class:"visually-hidden",children:"Runs, newest first"}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Started"}),r("th",{scope:"col",children:"Status"}),r("th",{scope:"col",children:"Duration"}),r("th",{scope:"col",children:"Uploaded"}),r("th",{scope:"col",children:"Stored"}),r("th",{scope:"col",children:"Files"}),r("th",{scope:"col",children:"Warnings / errors"}),r("th",{scope:"col",children:r("span",{class:"visually-hidden",children:"Details"})})]})}),r("tbody",{children:g.nodes.map(h=>r(tm,{run:h,showJob:e==="server"},h.id))})]})}),r("nav",{class:"pager","aria-label":"Run history pages",children:[r("button",{type:"button",disabled:i===1,onClick:()=>{o({last:Yo,before:g.pageInfo.startCursor}),s(i-1)},children:"Newer runs"}),r("span",{class:"page-number",children:["Page ",i," of ",b," (",St(g.totalCount)," runs)"]}),r("button",{type:"button",disabled:!g.pageInfo.hasNextPage,onClick:()=>{o({first:Yo,after:g.pageInfo.endCursor}),s(i+1)},children:"Older runs"})]})]})}function tm({run:e,showJob:t}){let[n,o]=C(!1),i=`run-details-${e.id}`;return r(ve,{children:[r("tr",{"data-run-id":e.id,children:[r("td",{children:[Ee(e.startedAt),t&&r("div",{class:"muted",children:e.backupName})]}),r("td",{children:r(Mo,{status:e.status})}),r("td",{children:Eo(e.durationMilliseconds/1e3)}),r("td",{children:Zt(e.uploadedSize)}),r("td",{children:Zt(e.knownFileSize)}),r("td",{children:St(e.examinedFiles)}),r("td",{children:[e.warningCount," / ",e.errorCount]}),r("td",{children:r("button",{type:"button",class:"link","aria-expanded":n,"aria-controls":i,onClick:()=>o(!n),children:n?"Hide":"Details"})})]}),n&&r("tr",{id:i,class:"run-details",children:r("td",{colSpan:8,children:r(nm,{run:e})})})]})}function nm({run:e}){let[t,n]=C(null),[o,i]=C(null);return r("div",{class:"details",children:[r("p",{children:["Ended ",Ee(e.endedAt)," · examined ",Zt(e.sizeOfExaminedFiles)," · Duplicati ",e.version??"unknown"]}),e.errorMessages.length>0&&r(_c,{title:"Errors",lines:e.errorMessages}),e.warningMessages.length>0&&r(_c,{title:"Warnings",lines:e.warningMessages}),t===null?r("button",{type:"button",onClick:()=>se(pl,{id:e.id}).then(s=>n(s.node?.logLines??[]),s=>i(s.message)),children:"Show log"}):r("pre",{class:"log",children:t.length?t.join(`
`):"No log lines were reported."}),o&&r("p",{class:"error",children:o})]})}function _c({title:e,lines:t}){return r("div",{children:[r("h4",{children:e}),r("ul",{class:"messages",children:t.map((n,o)=>r("li",{children:n},o))})]})}function Sc({id:e}){let{data:t,error:n,refetch:o}=ut(ll,{id:e}),i=t?.node&&"backupName"in t.node?t.node:null;if(!t)return n?r("p",{class:"error",children:["Could not read the job: ",n.message]}):r("p",{"aria-busy":"true",children:"Loading…"});if(!i)return r("p",{class:"card",children:"No backup job has this id (it may have been deleted)."});let{schedule:s,overdue:u}=i,c=i.server.alias||i.server.name;return r(ve,{children:[r("nav",{"aria-label":"Breadcrumb",class:"breadcrumb",children:[r("a",{href:Ye.overview(),children:"Overview"})," / ",r("a",{href:Ye.server(i.server.id),children:c})," /"]}),r("h1",{children:[i.backupName," ",u.isOverdue&&r(Io,{since:u.becameOverdueAt})]}),r("div",{class:"columns",children:[r("section",{class:"card","aria-labelledby":"state-title",children:[r("h2",{id:"state-title",children:"State"}),r("dl",{children:[r("dt",{children:"Last run"}),r("dd",{title:Ee(i.lastBackupAt),children:Ln(i.lastBackupAt)}),r("dt",{children:"Next expected"}),r("dd",{children:Ee(u.nextExpectedAt)}),r("dt",{children:"Late after"}),r("dd",{children:Ee(u.deadlineAt)}),r("dt",{children:"Overdue"}),r("dd",{children:u.isOverdue?`yes, since ${Ee(u.becameOverdueAt)}`:"no"}),r("dt",{children:"Runs stored"}),r("dd",{children:i.runCount})]})]}),r("section",{class:"card","aria-labelledby":"schedule-title",children:[r("h2",{id:"schedule-title",children:"Schedule"}),r("dl",{children:[r("dt",{children:"Expected every"}),r("dd",{children:s.expectedInterval}),r("dt",{children:"On"}),r("dd",{children:[s.allowedWeekdays.length===7||s.allowedWeekdays.length===0?"every day":s.allowedWeekdays.map(p=>Co[p]).join(", ")," ","(UTC)"]}),r("dt",{children:"Tolerance"}),r("dd",{children:[s.effectiveToleranceMilliseconds/6e4," min",s.toleranceOverrideMilliseconds===null&&" (global default)"]}),r("dt",{children:"Overdue check"}),r("dd",{children:s.overdueCheckEnabled?"on":"off"}),r("dt",{children:"Warning alerts"}),r("dd",{children:s.notificationLevel.toLowerCase()})]}),r("p",{children:r("a",{href:Ye.admin(),children:"Change in Admin"})})]})]}),r(Qo,{points:i.history}),r("section",{"aria-labelledby":"alerts-title",children:[r("h2",{id:"alerts-title",children:"Alerts"}),r(Ro,{alerts:i.alerts.nodes,onChange:o})]}),r("section",{"aria-labelledby":"runs-title",children:[r("h2",{id:"runs-title",children:"Run history"}),r(Zo,{owner:"job",id:i.id})]})]})}function Xo({jobs:e,caption:t}){let n=We(pr);return e.length===0?r("p",{class:"muted",children:"No backup jobs."}):r("table",{class:"jobs",children:[r("caption",{class:"visually-hidden",children:t}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Job"}),r("th",{scope:"col",children:"Status"}),r("th",{scope:"col",children:"Last run"}),r("th",{scope:"col",children:"Next expected"})]})}),r("tbody",{children:e.map(o=>{let i=o.latestBackup?.status;return r("tr",{class:n.has(o.id)?"flash":void 0,"data-job-id":o.id,"data-job-name":o.backupName,"data-status":i??"NONE","data-overdue":String(o.overdue.isOverdue),children:[r("th",{scope:"row","data-label":"Job",children:r("a",{href:Ye.job(o.id),children:o.backupName})}),r("td",{"data-label":"Status",children:[r(Mo,{status:i})," ",o.overdue.isOverdue&&r(Io,{since:o.overdue.becameOverdueAt})]}),r("td",{"data-label":"Last run",title:Ee(o.lastBackupAt),children:Ln(o.lastBackupAt)}),r("td",{"data-label":"Next expected",title:Ee(o.overdue.nextExpectedAt),children:o.overdue.nextExpectedAt?Ln(o.overdue.nextExpectedAt):"—"})]},o.id)})})]})}async function rm(){let e=await se(al,{}),t=[...e.servers.nodes],n=e.servers.pageInfo;for(;n.hasNextPage&&n.endCursor;){let o=await se(sl,{after:n.endCursor});t.push(...o.servers.nodes),n=o.servers.pageInfo}return{...e,servers:t}}function wc(){let{data:e,error:t}=Ki(rm,"overview"),[n,o]=C(""),[i,s]=C("ALL"),[u,c]=C(!1),[p,m]=C("ALL"),g=sr(()=>{let h=n.trim().toLowerCase();return(e?.servers??[]).filter(y=>p==="ALL"||y.id===p).map(y=>{let w=!h||`${y.name} ${y.alias}`.toLowerCase().includes(h),x=y.backupJobs.filter(E=>(w||E.backupName.toLowerCase().includes(h))&&(i==="ALL"||(E.latestBackup?.status??"NONE")===i)&&(!u||E.overdue.isOverdue));return{server:y,jobs:x,visible:!(h||i!=="ALL"||u)||x.length>0}}).filter(y=>y.visible)},[e,n,i,u,p]);if(!e)return t?r("p",{class:"error",children:["Could not read the overview: ",t.message]}):r("p",{"aria-busy":"true",children:"Loading…"});let{summary:b}=e;return r(ve,{children:[r("h1",{children:"Overview"}),t&&r("p",{class:"error",role:"alert",children:["Could not refresh: ",t.message]}),r("ul",{class:"tiles","aria-label":"Summary",children:[r(vn,{label:"Servers",value:St(b.totalServers)}),r(vn,{label:"Backup jobs",value:St(b.totalBackupJobs)}),r(vn,{label:"Runs stored",value:St(b.totalBackupRuns)}),r(vn,{label:"Overdue jobs",value:St(b.overdueBackupJobCount),alert:b.overdueBackupJobCount>0}),r(vn,{label:"Open alerts",value:St(e.activeAlerts.totalCount),alert:e.activeAlerts.totalCount>0}),r(vn,{label:"Stored at destinations",value:Zt(b.totalStorageUsed)}),r(vn,{label:"Uploaded",value:Zt(b.totalUploadedSize)}),r(vn,{label:"Last backup",value:Ln(b.lastBackupAt),title:Ee(b.lastBackupAt)})]}),r("form",{class:"filters","aria-label":"Filter jobs",onSubmit:h=>h.preventDefault(),children:[r("div",{class:"field",children:[r("label",{for:"filter-search",children:"Search"}),r("input",{id:"filter-search",type:"search",placeholder:"Server or job name",value:n,onInput:h=>o(h.currentTarget.value)})]}),r("div",{class:"field",children:[r("label",{for:"filter-status",children:"Status"}),r("select",{id:"filter-status",value:i,onChange:h=>s(h.currentTarget.value),children:[r("option",{value:"ALL",children:"All"}),Object.keys(Wr).map(h=>r("option",{value:h,children:Wr[h]},h))]})]}),r("div",{class:"field",children:[r("label",{for:"filter-server",children:"Server"}),r("select",{id:"filter-server",value:p,onChange:h=>m(h.currentTarget.value),children:[r("option",{value:"ALL",children:"All servers"}),e.servers.map(h=>r("option",{value:h.id,children:h.alias||h.name},h.id))]})]}),r("label",{class:"check",children:[r("input",{type:"checkbox",checked:u,onChange:h=>c(h.currentTarget.checked)}),"Only overdue"]})]}),e.servers.length===0&&r("p",{class:"card",children:["No server has reported yet. Point Duplicati at ",r("code",{children:`${location.origin}/api/upload`})," (see the README)."]}),e.servers.length>0&&g.length===0&&r("p",{class:"muted",children:"No job matches these filters."}),r("div",{class:"servers",children:g.map(({server:h,jobs:y})=>r("section",{class:"card server","data-server-id":h.id,"aria-labelledby":`server-${h.id}`,children:[r("h2",{id:`server-${h.id}`,children:[r("a",{href:Ye.server(h.id),children:h.alias||h.name}),h.alias&&r("span",{class:"muted",children:[" (",h.name,")"]})]}),r(Xo,{jobs:y,caption:`Backup jobs of ${h.alias||h.name}`})]},h.id))})]})}function vn({label:e,value:t,alert:n,title:o}){return r("li",{class:`tile${n?" tile-alert":""}`,title:o,children:[r("span",{class:"tile-value",children:t}),r("span",{class:"tile-label",children:e})]})}function om(e){return/^https?:\/\//i.test(e)?e:null}function kc({id:e}){let{data:t,error:n,refetch:o}=ut(ul,{id:e}),i=t?.node&&"serverId"in t.node?t.node:null;if(!t)return n?r("p",{class:"error",children:["Could not read the server: ",n.message]}):r("p",{"aria-busy":"true",children:"Loading…"});if(!i)return r("p",{class:"card",children:"No server has this id (it may have been deleted or merged)."});let s=om(i.url);return r(ve,{children:[r("nav",{"aria-label":"Breadcrumb",class:"breadcrumb",children:[r("a",{href:Ye.overview(),children:"Overview"})," /"]}),r("h1",{children:i.alias||i.name}),r("section",{class:"card","aria-labelledby":"details-title",children:[r("h2",{id:"details-title",children:"Details"}),r("dl",{children:[r("dt",{children:"Machine name"}),r("dd",{children:i.name}),r("dt",{children:"Machine id"}),r("dd",{children:r("code",{children:i.serverId})}),r("dt",{children:"First report"}),r("dd",{children:Ee(i.createdAt)}),i.note&&r(ve,{children:[r("dt",{children:"Note"}),r("dd",{children:i.note})]}),s&&r(ve,{children:[r("dt",{children:"Duplicati"}),r("dd",{children:r("a",{href:s,rel:"noreferrer noopener",target:"_blank",children:s})})]})]})]}),r("section",{class:"card","aria-labelledby":"jobs-title",children:[r("h2",{id:"jobs-title",children:"Backup jobs"}),r(Xo,{jobs:i.backupJobs,caption:`Backup jobs of ${i.alias||i.name}`})]}),r(Qo,{points:i.history}),r("section",{"aria-labelledby":"alerts-title",children:[r("h2",{id:"alerts-title",children:"Open alerts"}),r(Ro,{alerts:t.alerts.nodes,onChange:o})]}),r("section",{"aria-labelledby":"runs-title",children:[r("h2",{id:"runs-title",children:"Run history"}),r(Zo,{owner:"server",id:i.id})]})]})}function xc(){let e=El(),t=We(Rn),n=We(Qt),o=We(Ar);return rt(()=>wl(),[n]),rt(()=>{document.title=`${am(e)} · dupligraph`,document.getElementById("main")?.focus({preventScroll:!0})},[e]),r(ve,{children:[r("button",{type:"button",class:"skip-link",onClick:()=>document.getElementById("main")?.focus(),children:"Skip to content"}),r("header",{class:"top",children:[r("a",{class:"brand",href:Ye.overview(),children:"dupligraph"}),r("nav",{"aria-label":"Main",children:[r("a",{href:Ye.overview(),"aria-current":e.page==="overview"?"page":void 0,children:"Overview"}),r("a",{href:Ye.admin(),"aria-current":e.page==="admin"?"page":void 0,children:"Admin"}),r("a",{href:"/graphql",children:"GraphiQL"})]}),r("button",{type:"button",class:"theme-toggle",onClick:vc,"aria-label":`Colour theme: ${o}. Change`,children:["Theme: ",o]})]}),r(kl,{}),r("main",{id:"main",tabIndex:-1,children:t==="read"?r(In,{kind:"read"}):r(im,{route:e})}),r(xl,{})]})}function im({route:e}){switch(e.page){case"overview":return r(wc,{});case"server":return r(kc,{id:e.id},e.id);case"job":return r(Sc,{id:e.id},e.id);case"admin":return r(ql,{section:e.section});case"not-found":return r("p",{class:"card",children:["Nothing here (",r("code",{children:e.path}),"). ",r("a",{href:Ye.overview(),children:"Back to the overview"})]})}}function am(e){return{overview:"Overview",server:"Server",job:"Backup job",admin:"Admin","not-found":"Not found"}[e.page]}Ta(Ar.get());yc();gs(r(xc,{}),document.getElementById("app"));
